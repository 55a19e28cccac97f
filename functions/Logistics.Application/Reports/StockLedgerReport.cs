namespace Logistics.Application.Reports;

/// <summary>
/// The stock ledger of one owner for the period [<see cref="From"/>, <see cref="To"/>): one line per SKU and lot,
/// ordered ordinally by SKU then lot (no lot first); lines whose every number is zero are left out.
/// </summary>
/// <remarks>
/// <see cref="StockLedgerLine.Closing"/> counts movements strictly before <see cref="To"/>; the current-stock list is
/// inclusive, so the closing equals the list's on hand + pending decision + pending return to supplier + pending
/// processing as of the last instant before <see cref="To"/> (<c>To − 1 tick</c>), and the opening of the next period.
/// </remarks>
/// <param name="OwnerId">The owner.</param>
/// <param name="From">The period's start (inclusive).</param>
/// <param name="To">The period's end (exclusive).</param>
/// <param name="Lines">The lines (see <see cref="StockLedgerLine"/>).</param>
public sealed record StockLedgerReport(string OwnerId, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<StockLedgerLine> Lines);
