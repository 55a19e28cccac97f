namespace Logistics.Functions.Dashboard;

/// <summary>What the instance filters select, counted: per runtime status, and created over time.</summary>
/// <param name="Prefixes">The instance id prefixes the filters come to (<c>""</c>: none; empty: nothing matches); the page lists each in turn.</param>
/// <param name="Total">Instances matching every filter but the runtime status.</param>
/// <param name="Counts">Those instances per runtime status (every status named, zeros included).</param>
/// <param name="Histogram">Creation times of the instances matching every filter, the runtime status too.</param>
/// <param name="Truncated">True when more than <see cref="DashboardInstanceFunctions.MaxScanned"/> instances matched and the rest went uncounted.</param>
/// <param name="Now">The server's clock.</param>
public sealed record InstanceStats(
    IReadOnlyList<string> Prefixes, int Total, IReadOnlyDictionary<string, int> Counts, CreatedHistogram Histogram, bool Truncated, DateTimeOffset Now);
