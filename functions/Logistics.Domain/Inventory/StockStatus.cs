namespace Logistics.Domain.Inventory;

/// <summary>What a balance of stock represents.</summary>
public enum StockStatus
{
    /// <summary>Physically here and usable.</summary>
    OnHand,

    /// <summary>Notified by the owner, not yet received (counts toward available).</summary>
    PendingIn,

    /// <summary>Allocated to an outbound order, not yet shipped (deducted from available).</summary>
    PendingOut,

    /// <summary>Physically here but quarantined until the owner decides (over, damaged, unknown goods).</summary>
    PendingDecision,

    /// <summary>Physically here, waiting to go back to the supplier.</summary>
    PendingReturnToSupplier,

    /// <summary>Physically here, waiting for value-added processing.</summary>
    PendingProcessing,

    /// <summary>Picked for one outbound order and staged in the shipping area; no longer available to anyone else.</summary>
    Picked,

    /// <summary>Handed to the carrier and not yet delivered: still the owner's goods, outside the warehouse.</summary>
    InTransit,

    /// <summary>
    /// Held for a stock count: a picker did not find these units where the ledger puts them. Not available until a count
    /// finds them (back to on hand) or writes them off.
    /// </summary>
    OnHold,

    /// <summary>
    /// Physically here but blocked by ops (a quality hold, a recall, a customs check) until ops release it; never
    /// allocated. Changed only by a quarantine or release with a reason.
    /// </summary>
    Quarantined,
}
