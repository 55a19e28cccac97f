namespace Logistics.Domain.Inventory;

/// <summary>Why stock moved; billing rates movements by this type.</summary>
public enum MovementType
{
    /// <summary>An owner notice announced goods (pending in).</summary>
    Notified,

    /// <summary>Goods counted in at the dock.</summary>
    Receipt,

    /// <summary>Goods moved from the dock to storage.</summary>
    Putaway,

    /// <summary>A stock count or correction.</summary>
    Adjustment,

    /// <summary>An owner decision on pending goods (accept, return, scrap).</summary>
    Decision,

    /// <summary>Stock reserved for an outbound order.</summary>
    Allocation,

    /// <summary>Goods handed to a carrier.</summary>
    Shipment,

    /// <summary>A notice cancelled before its goods were received: its pending-in is released.</summary>
    Cancellation,

    /// <summary>An allocation given back: the order was cancelled or replaced, or a pick came up short.</summary>
    Deallocation,

    /// <summary>Allocated goods taken from their storage location to the shipping area.</summary>
    Pick,

    /// <summary>The carrier delivered the goods: they leave the owner's stock with us.</summary>
    Delivery,

    /// <summary>Returned goods received into the returns area: an owner's return, or a failed delivery coming back from transit.</summary>
    Return,

    /// <summary>Stock moved from one location to another by a floor task (the goods and their status stay the same).</summary>
    Move,

    /// <summary>Ops changed the status of stock in place: a quarantine or its release.</summary>
    StatusChange,

    /// <summary>Value-added work: inputs taken to the processing area, consumed, and the outputs it produced.</summary>
    Processing,
}
