using Logistics.Domain.Items;

namespace Logistics.Edi.Shipping;

/// <summary>Units of one order line that left the warehouse from one lot.</summary>
/// <param name="Lot">The lot picked; <c>null</c> for an item not managed by lot.</param>
/// <param name="Units">Eaches shipped from it, at least one.</param>
public sealed record ShippedLot(LotNumber? Lot, int Units)
{
    /// <summary>Eaches shipped from the lot.</summary>
    public int Units { get; } = Units > 0 ? Units : throw new ArgumentOutOfRangeException(nameof(Units), Units, "A shipped lot holds at least one unit.");
}
