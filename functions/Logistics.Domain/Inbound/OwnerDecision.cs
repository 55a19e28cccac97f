namespace Logistics.Domain.Inbound;

/// <summary>What the owner wants done with goods parked in the pending area.</summary>
public enum OwnerDecision
{
    /// <summary>Take the goods into stock.</summary>
    Accept,

    /// <summary>Send them back to the supplier.</summary>
    ReturnToSupplier,

    /// <summary>Destroy them.</summary>
    Scrap,
}
