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
}
