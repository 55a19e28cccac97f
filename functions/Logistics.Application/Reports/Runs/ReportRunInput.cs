namespace Logistics.Application.Reports.Runs;

/// <summary>One report run, fixed when it is requested: the input of <see cref="ReportRunOrchestrator"/>.</summary>
/// <param name="RunId">The run's id within the owner: a schedule's name and occurrence, or the request's parameters.</param>
/// <param name="OwnerId">Whose stock.</param>
/// <param name="Kind">One of <see cref="ReportKinds"/>.</param>
/// <param name="AsOf">The instant of a current-stock list or 846 (movements up to and including it).</param>
/// <param name="From">The ledger's first business day.</param>
/// <param name="To">The ledger's last business day (included).</param>
/// <param name="Detail">The ledger also lists its movements, in a file of their own.</param>
/// <param name="Formats">The formats to write (<see cref="ReportFormats"/>).</param>
/// <param name="Stamp">What names the files: the as-of time or the period (see <see cref="ReportFiles"/>).</param>
/// <param name="Trigger"><c>on-demand</c>, or <c>schedule:{name}</c>.</param>
public sealed record ReportRunInput(
    string RunId,
    string OwnerId,
    string Kind,
    DateTimeOffset? AsOf,
    DateOnly? From,
    DateOnly? To,
    bool Detail,
    IReadOnlyList<string> Formats,
    string Stamp,
    string Trigger);
