namespace Logistics.Functions.Dashboard;

/// <summary>Instances created in [<paramref name="Start"/>, next bucket's start).</summary>
public sealed record HistogramBucket(DateTimeOffset Start, int Count);
