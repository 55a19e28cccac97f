namespace Logistics.Domain.Returns;

/// <summary>What becomes of a returned line after inspection.</summary>
public enum ReturnDisposition
{
    /// <summary>Back into storage as available stock.</summary>
    Restock,

    /// <summary>Held in the pending area for the owner's decision, with a deadline and a default action.</summary>
    Hold,

    /// <summary>Shipped back to the supplier (pending return to supplier until it leaves).</summary>
    ReturnToSupplier,

    /// <summary>Destroyed, with a reason; written off the owner's stock.</summary>
    Scrap,
}
