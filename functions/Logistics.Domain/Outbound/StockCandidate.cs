using Logistics.Domain.Items;
using Logistics.Domain.Locations;

namespace Logistics.Domain.Outbound;

/// <summary>Stock of one item an order could draw from: one lot in one storage location, with what is still free there.</summary>
/// <param name="Location">A storage location.</param>
/// <param name="Lot">The lot, or <c>null</c> for items not lot-controlled.</param>
/// <param name="Expiry">The lot's expiry date, when known.</param>
/// <param name="ReceivedAt">When the lot first came in, when known (FIFO order).</param>
/// <param name="Free">On hand − pending out at the location.</param>
public sealed record StockCandidate(LocationCode Location, LotNumber? Lot, DateOnly? Expiry, DateTimeOffset? ReceivedAt, long Free);
