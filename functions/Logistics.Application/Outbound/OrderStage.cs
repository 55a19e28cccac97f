namespace Logistics.Application.Outbound;

/// <summary>Where an outbound order stands; derived from the order's quantities, never set by hand (see <see cref="OrderDocument.StageNow"/>).</summary>
public enum OrderStage
{
    /// <summary>Accepted; allocation has not run yet.</summary>
    Received,

    /// <summary>Some units are not covered by stock on hand: a backorder, or a ship-complete order waiting for all of it.</summary>
    AwaitingStock,

    /// <summary>Released to the floor: pick tasks are open.</summary>
    Picking,

    /// <summary>Picked goods wait to be packed into cartons.</summary>
    Packing,

    /// <summary>Packed cartons wait for the carrier.</summary>
    AwaitingCarrier,

    /// <summary>Every unit that will ship has shipped; some shipments are still on the way.</summary>
    InTransit,

    /// <summary>Every shipment was delivered.</summary>
    Delivered,

    /// <summary>A shipment could not be delivered; its goods come back as a return of their own (<c>ShipmentRecord.ReturnId</c>).</summary>
    Returned,

    /// <summary>Cancelled by the owner (or every line was cancelled for want of stock).</summary>
    Cancelled,

    /// <summary>A ship-complete order that could not be filled; it holds no stock.</summary>
    Failed,
}
