namespace Logistics.Application.Reports;

/// <summary>
/// The current-stock list of one owner at an instant (inclusive: every movement that occurred at or before
/// <see cref="AsOf"/> counts). One line per SKU and lot, ordered ordinally by SKU then lot (no lot first); lines whose
/// every number is zero are left out, and goods in transit are not warehouse stock, so they are not listed.
/// </summary>
/// <param name="OwnerId">The owner.</param>
/// <param name="AsOf">The instant the list is exact at.</param>
/// <param name="Lines">The lines (see <see cref="CurrentStockLine"/> for the columns).</param>
public sealed record CurrentStockList(string OwnerId, DateTimeOffset AsOf, IReadOnlyList<CurrentStockLine> Lines);
