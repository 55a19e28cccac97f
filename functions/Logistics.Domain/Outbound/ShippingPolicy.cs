namespace Logistics.Domain.Outbound;

/// <summary>What the owner wants when an order cannot be filled from stock on hand.</summary>
/// <remarks>
/// The default is <see cref="ShipPartial"/>: publishers ship what is on the shelf and let the rest follow, which is how
/// book trade orders are usually filled.
/// </remarks>
public enum ShippingPolicy
{
    /// <summary>Ship what is available now; the rest waits as a backorder and allocates when stock arrives.</summary>
    ShipPartial,

    /// <summary>Ship only when every line is fully allocated; until then the order waits (up to its ship-by date).</summary>
    ShipCompleteWait,

    /// <summary>Ship only when every line is fully allocated; otherwise the order fails and releases what it held.</summary>
    ShipCompleteFail,

    /// <summary>Ship what is available now and cancel what is not.</summary>
    CancelUnavailable,
}
