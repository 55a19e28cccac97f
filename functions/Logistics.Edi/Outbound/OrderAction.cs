namespace Logistics.Edi.Outbound;

/// <summary>What the sender declares the order to be: a new order, a replacement of it, or its cancellation.</summary>
/// <remarks>
/// 940 W0501 (order status code, element 473): N original → <see cref="Original"/>; R change → <see cref="Replace"/>
/// (the 940 carries the whole order again, so a change replaces it); F cancel and D delete → <see cref="Cancel"/>. The
/// other codes of the list (B backorder original, C confirmation, E backorder confirmation, G changes to other than line
/// items, L line item replace, S future dated, T resubmission, X simulation) are refused with code 7: they describe
/// partial changes or answers this warehouse does not take. JSON <c>purpose</c>: <c>original</c> / <c>replace</c> /
/// <c>cancel</c>. Applying it (a replacement or cancellation is allowed until the order is picked) is the intake's
/// business, not the mapper's.
/// </remarks>
public enum OrderAction
{
    /// <summary>A new order (W0501 N, JSON "original", the default).</summary>
    Original,

    /// <summary>Replaces the order of the same number (W0501 R, JSON "replace").</summary>
    Replace,

    /// <summary>Cancels the order of the same number (W0501 F or D, JSON "cancel").</summary>
    Cancel,
}
