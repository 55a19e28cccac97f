using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Inventory;

/// <summary>The grain of inventory: one balance per owner, item, lot, location, status and (for stock that belongs to one
/// business document) that document.</summary>
/// <param name="Owner">Goods owner.</param>
/// <param name="Sku">Owner's item code.</param>
/// <param name="Lot">Lot, or <c>null</c> for items not lot-controlled.</param>
/// <param name="Location">Where the stock is (for pending-in: the dock it is expected at).</param>
/// <param name="Status">What the balance represents.</param>
/// <param name="Reference">
/// The business document the stock is held for, or <c>null</c> for stock anyone may use. Pending-in is held per inbound
/// notice: it is that notice's expected goods, and giving each notice its own balance keeps notices for one item from
/// contending for one document (every notice would otherwise rewrite the same pending-in balance).
/// </param>
public sealed record StockKey(OwnerId Owner, Sku Sku, LotNumber? Lot, LocationCode Location, StockStatus Status, string? Reference = null)
{
    /// <summary>The same stock in another place or status, free of any reference; transfers keep owner, item and lot.</summary>
    public StockKey At(LocationCode location, StockStatus status) => this with { Location = location, Status = status, Reference = null };

    /// <inheritdoc />
    public override string ToString() => $"{Owner}/{Sku}/{Lot?.Value ?? "-"}@{Location}:{Status}{(Reference is null ? string.Empty : "/" + Reference)}";
}
