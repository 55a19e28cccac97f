namespace Logistics.Edi.Inbound;

/// <summary>What the sender declares the notice to be: the first announcement, a replacement of it, or its cancellation.</summary>
/// <remarks>
/// 856 BSN01 00 / 05 / 01; JSON <c>purpose</c> <c>original</c> / <c>replace</c> / <c>cancel</c>; a 943 has no purpose
/// code and is always <see cref="Original"/>. Applying it (a replacement or cancellation is allowed while the goods have
/// not arrived) is the intake's business, not the mapper's.
/// </remarks>
public enum NoticeAction
{
    /// <summary>A new notice (856 BSN01 00, JSON "original", every 943).</summary>
    Original,

    /// <summary>Replaces the notice of the same number (856 BSN01 05, JSON "replace").</summary>
    Replace,

    /// <summary>Cancels the notice of the same number (856 BSN01 01, JSON "cancel").</summary>
    Cancel,
}
