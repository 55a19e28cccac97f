using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Outbound;

/// <summary>The ledger movements of an outbound order, from allocation to delivery or return.</summary>
/// <remarks>
/// <para>
/// Stock flows: an allocation raises pending out at the storage location it reserves (not per order: every order that
/// reserves there writes the same balance, so two orders cannot take one unit — see <see cref="StockLedger"/>); a pick
/// moves the units from storage on hand to <see cref="StockStatus.Picked"/> in the shipping area, held for the order,
/// and lowers the pending out by as much; a handover moves them to <see cref="StockStatus.InTransit"/>; a delivery
/// takes them out of the owner's stock. A failed delivery leaves them in transit: the return it opens brings them back
/// (<c>Returns.ReturnMovements</c>).
/// </para>
/// <para>
/// Ids derive from the order's source reference and the step (<c>outbound/{owner}/{order}/{step}/…</c>), so a repeated
/// step posts nothing twice.
/// </para>
/// </remarks>
public static class OutboundMovements
{
    /// <summary>The source reference of an order's movements.</summary>
    public static string SourceOf(OwnerId owner, OrderNumber order)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(order);
        return $"outbound/{owner.Value}/{order.Value}";
    }

    /// <summary>Reserves the units of <paramref name="reservation"/> at its storage location.</summary>
    public static StockMovement Allocate(string source, string step, OwnerId owner, Sku sku, Reservation reservation, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        var key = Reserved(owner, sku, reservation.Lot, reservation.Location);
        return new StockMovement(MovementId.For(source, step, Part(reservation.Location, reservation.Lot)), key, reservation.Units, MovementType.Allocation, at, source);
    }

    /// <summary>Gives back <paramref name="units"/> reserved at one storage location.</summary>
    public static StockMovement Release(string source, string step, OwnerId owner, Sku sku, LotNumber? lot, LocationCode location, int units, DateTimeOffset at) =>
        new(MovementId.For(source, step, Part(location, lot)), Reserved(owner, sku, lot, location), -Quantity.Of(units).Units, MovementType.Deallocation, at, source);

    /// <summary>
    /// Takes <paramref name="units"/> from their storage location to the shipping area: on hand there falls, the
    /// order's picked stock rises, and the reservation they fill is released.
    /// </summary>
    public static IReadOnlyList<StockMovement> Pick(
        string source, string step, OwnerId owner, Sku sku, LotNumber? lot, LocationCode from, LocationCode staging, string orderId, int units, DateTimeOffset at)
    {
        var onHand = Reserved(owner, sku, lot, from) with { Status = StockStatus.OnHand };
        var picked = new StockKey(owner, sku, lot, staging, StockStatus.Picked, orderId);
        var quantity = Quantity.Of(units);
        return
        [
            .. StockMovement.Transfer(source, step, onHand, picked, quantity, MovementType.Pick, at),
            new StockMovement(MovementId.For(source, step, "reserved"), Reserved(owner, sku, lot, from), -quantity.Units, MovementType.Pick, at, source),
        ];
    }

    /// <summary>Hands picked units to the carrier.</summary>
    public static IReadOnlyList<StockMovement> Ship(
        string source, string step, OwnerId owner, Sku sku, LotNumber? lot, LocationCode staging, string orderId, int units, DateTimeOffset at)
    {
        var picked = new StockKey(owner, sku, lot, staging, StockStatus.Picked, orderId);
        return StockMovement.Transfer(source, step, picked, picked with { Status = StockStatus.InTransit }, Quantity.Of(units), MovementType.Shipment, at);
    }

    /// <summary>The carrier delivered: the units leave the owner's stock with us.</summary>
    public static StockMovement Deliver(
        string source, string step, OwnerId owner, Sku sku, LotNumber? lot, LocationCode staging, string orderId, int units, DateTimeOffset at) =>
        new(MovementId.For(source, step), new StockKey(owner, sku, lot, staging, StockStatus.InTransit, orderId), -Quantity.Of(units).Units, MovementType.Delivery, at, source);

    private static StockKey Reserved(OwnerId owner, Sku sku, LotNumber? lot, LocationCode location) =>
        new(owner, sku, lot, location, StockStatus.PendingOut);

    private static string Part(LocationCode location, LotNumber? lot)
    {
        ArgumentNullException.ThrowIfNull(location);
        // Lots may contain '/', which a movement id step may not.
        return location.Value + "~" + Uri.EscapeDataString(lot?.Value ?? "-");
    }
}
