using Logistics.Domain.Items;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Inventory;

/// <summary>The grain at which availability is computed: owner, item and lot across all locations.</summary>
/// <param name="Owner">Goods owner.</param>
/// <param name="Sku">Owner's item code.</param>
/// <param name="Lot">Lot, or <c>null</c> for items not lot-controlled.</param>
public sealed record AvailabilityKey(OwnerId Owner, Sku Sku, LotNumber? Lot)
{
    /// <summary>The availability grain a stock key contributes to.</summary>
    public static AvailabilityKey Of(StockKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new AvailabilityKey(key.Owner, key.Sku, key.Lot);
    }
}
