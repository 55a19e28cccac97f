using Logistics.Domain.Items;
using Logistics.Domain.Locations;

namespace Logistics.Domain.Outbound;

/// <summary>Units of one lot in one storage location set aside for an order line.</summary>
public sealed record Reservation(LocationCode Location, LotNumber? Lot, int Units);
