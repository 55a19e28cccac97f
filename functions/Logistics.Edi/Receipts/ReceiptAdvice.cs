using Logistics.Domain.Common;
using Logistics.Domain.Inbound;

namespace Logistics.Edi.Receipts;

/// <summary>The content of a 944 receipt advice.</summary>
/// <param name="NoticeNumber">The owner's notice number (W1705, and W1704 when no depositor order is known).</param>
/// <param name="DepositorOrderNumber">The owner's order reference, if the notice carried one (W1704).</param>
/// <param name="ReceiptNumber">Our warehouse receipt number (W1703).</param>
/// <param name="ReceivedOn">Day the receipt was closed (W1702).</param>
/// <param name="Depositor">Owner id as the depositor name (N1*DE).</param>
/// <param name="Lines">Received lines.</param>
public sealed record ReceiptAdvice(
    NoticeNumber NoticeNumber, string? DepositorOrderNumber, string ReceiptNumber, DateOnly ReceivedOn, string Depositor, IReadOnlyList<ReceiptAdviceLine> Lines)
{
    /// <summary>Builds the advice from a closed notice.</summary>
    /// <remarks>Goods with an unknown barcode are left out: a 944 line must name the owner's SKU. They reach the owner through the pending-decision flow instead.</remarks>
    /// <exception cref="DomainException">The receipt is still open.</exception>
    public static ReceiptAdvice FromNotice(InboundNotice notice, string receiptNumber, DateOnly receivedOn)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.Status is NoticeStatus.Notified or NoticeStatus.Receiving)
        {
            throw new DomainException($"Notice {notice.Number} is {notice.Status}; close the receipt before sending a 944.");
        }

        var lines = notice.Results
            .Where(r => r.Item.Sku is not null)
            .Select(r => new ReceiptAdviceLine(r.Item.Sku!, r.Lot, r.ReceivedGood, r.ReceivedDamaged, r.OverQuantity, r.ShortQuantity));
        return new ReceiptAdvice(notice.Number, notice.Header.Reference, receiptNumber, receivedOn, notice.Owner.Value, [.. lines]);
    }
}
