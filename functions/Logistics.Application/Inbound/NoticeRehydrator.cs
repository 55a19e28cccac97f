using Logistics.Domain.Inbound;
using Logistics.Domain.Items;
using Logistics.Domain.Owners;

namespace Logistics.Application.Inbound;

/// <summary>Rebuilds the <see cref="InboundNotice"/> aggregate from a stored notice by replaying its commands.</summary>
public static class NoticeRehydrator
{
    /// <summary>The aggregate, with its domain events cleared (they were published when the commands were applied).</summary>
    public static InboundNotice Rehydrate(NoticeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Lines.Select(l => new NoticeLine(
            l.LineNumber, Sku.Parse(l.Sku), Quantity.Of(l.Units), l.Lot is null ? null : LotNumber.Parse(l.Lot), l.Expiry));
        var header = new NoticeHeader(document.ExpectedDate, document.ShipFrom, document.Carrier, document.Reference);
        var notice = InboundNotice.Accept(
            OwnerId.Parse(document.OwnerId), NoticeNumber.Parse(document.NoticeNumber), document.NoticeType, header, lines, document.AcceptedAt);
        // The totals replay as one scan each: the receipt calculation only adds scans up per item, lot and condition.
        foreach (var total in document.Received)
        {
            var item = total.Sku is { } sku ? ScannedItem.Known(Sku.Parse(sku)) : ScannedItem.Unknown(total.UnknownCode ?? "?");
            notice.RecordScan(new ReceiptScan(item, total.Lot is null ? null : LotNumber.Parse(total.Lot), total.Expiry, Quantity.Of(total.Quantity), total.Condition, document.ArrivedAt ?? document.AcceptedAt));
        }

        if (document.ClosedAt is { } closedAt)
        {
            notice.CloseReceipt(closedAt);
        }

        foreach (var decision in document.Decisions)
        {
            notice.Decide(decision.PendingId, decision.Decision, decision.DecidedAt);
        }

        notice.ClearDomainEvents();
        return notice;
    }

    /// <summary>The domain scan of a record.</summary>
    public static ReceiptScan ToScan(ScanRecord scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var item = scan.Sku is { } sku ? ScannedItem.Known(Sku.Parse(sku)) : ScannedItem.Unknown(scan.UnknownCode ?? "?");
        return new ReceiptScan(item, scan.Lot is null ? null : LotNumber.Parse(scan.Lot), scan.Expiry, Quantity.Of(scan.Quantity), scan.Condition, scan.ScannedAt);
    }
}
