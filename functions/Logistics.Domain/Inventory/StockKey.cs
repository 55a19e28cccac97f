using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Inventory;

/// <summary>The grain of inventory: one balance per owner, item, lot, location and status.</summary>
/// <param name="Owner">Goods owner.</param>
/// <param name="Sku">Owner's item code.</param>
/// <param name="Lot">Lot, or <c>null</c> for items not lot-controlled.</param>
/// <param name="Location">Where the stock is (for pending-in: the dock it is expected at).</param>
/// <param name="Status">What the balance represents.</param>
public sealed record StockKey(OwnerId Owner, Sku Sku, LotNumber? Lot, LocationCode Location, StockStatus Status)
{
    /// <summary>The same stock in another place or status; transfers keep owner, item and lot.</summary>
    public StockKey At(LocationCode location, StockStatus status) => this with { Location = location, Status = status };

    /// <inheritdoc />
    public override string ToString() => $"{Owner}/{Sku}/{Lot?.Value ?? "-"}@{Location}:{Status}";
}
