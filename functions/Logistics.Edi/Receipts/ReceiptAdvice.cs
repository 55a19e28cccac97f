using Logistics.Domain.Common;
using Logistics.Domain.Inbound;

namespace Logistics.Edi.Receipts;

/// <summary>The content of a 944 receipt advice.</summary>
/// <param name="NoticeNumber">The owner's notice number.</param>
/// <param name="DepositorOrderNumber">W1704: the notice number of a 943 (its W0602), else the notice's reference (PO) or its number.</param>
/// <param name="ReceiptNumber">Our warehouse receipt number (W1703).</param>
/// <param name="ReceivedOn">Day the receipt was closed, in the warehouse's time zone (W1702).</param>
/// <param name="Depositor">Owner id as the depositor name (N1*DE).</param>
/// <param name="Lines">Received lines.</param>
public sealed record ReceiptAdvice(
    NoticeNumber NoticeNumber, string DepositorOrderNumber, string ReceiptNumber, DateOnly ReceivedOn, string Depositor, IReadOnlyList<ReceiptAdviceLine> Lines)
{
    /// <summary>W1705: the shipment id (a 943's W0604, an 856's BSN02 notice number); omitted when not known.</summary>
    public string? ShipmentId { get; init; }

    /// <summary>Builds the advice from a closed notice.</summary>
    /// <param name="notice">The closed notice.</param>
    /// <param name="receiptNumber">Our receipt number.</param>
    /// <param name="receivedOn">The warehouse-local day the receipt closed.</param>
    /// <param name="shipmentId">The 943's W0604, when the intake kept it.</param>
    /// <remarks>Goods with an unknown barcode are left out: a 944 line must name the owner's SKU. They reach the owner through the pending-decision flow instead.</remarks>
    /// <exception cref="DomainException">The receipt is still open.</exception>
    public static ReceiptAdvice FromNotice(InboundNotice notice, string receiptNumber, DateOnly receivedOn, string? shipmentId = null)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.Status is NoticeStatus.Notified or NoticeStatus.Receiving)
        {
            throw new DomainException($"Notice {notice.Number} is {notice.Status}; close the receipt before sending a 944.");
        }

        var lines = notice.Results
            .Where(r => r.Item.Sku is not null)
            .Select(r => new ReceiptAdviceLine(r.Item.Sku!, r.Lot, r.ReceivedGood, r.ReceivedDamaged, r.OverQuantity, r.ShortQuantity));

        // A 943's notice number is the depositor's order number (W0602) and its W0604 the shipment; an 856's number is
        // the shipment id (BSN02) and its PO the depositor's order.
        var (order, shipment) = notice.Type == NoticeType.Edi943
            ? (notice.Number.Value, shipmentId)
            : (notice.Header.Reference ?? notice.Number.Value, notice.Number.Value);
        return new ReceiptAdvice(notice.Number, order, receiptNumber, receivedOn, notice.Owner.Value, [.. lines]) { ShipmentId = shipment };
    }
}
