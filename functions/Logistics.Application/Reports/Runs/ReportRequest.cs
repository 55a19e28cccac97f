namespace Logistics.Application.Reports.Runs;

/// <summary>A report asked for on demand (<c>POST /api/reports</c>) or by a schedule.</summary>
/// <param name="Kind"><c>current-stock</c>, <c>stock-ledger</c> or <c>inventory-advice</c>.</param>
/// <param name="AsOf">A list's or 846's instant; the default is now. Not with <paramref name="Date"/>.</param>
/// <param name="Date">A list's or 846's business day: as of its start (the end of the day before).</param>
/// <param name="From">A ledger's first business day.</param>
/// <param name="To">A ledger's last business day, included; it must have ended.</param>
/// <param name="Detail">A ledger with its movements (a <c>.movements.csv</c> file beside it).</param>
/// <param name="Formats">Formats to write; by default every format of the kind.</param>
public sealed record ReportRequest(
    string? Kind,
    DateTimeOffset? AsOf = null,
    DateOnly? Date = null,
    DateOnly? From = null,
    DateOnly? To = null,
    bool? Detail = null,
    IReadOnlyList<string>? Formats = null);
