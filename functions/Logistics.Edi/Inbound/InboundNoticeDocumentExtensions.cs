using Logistics.Domain.Inbound;
using Logistics.Domain.Items;
using Logistics.Domain.Owners;

namespace Logistics.Edi.Inbound;

/// <summary>Turns a parsed document into the domain aggregate.</summary>
public static class InboundNoticeDocumentExtensions
{
    /// <summary>Accepts the document as an <see cref="InboundNotice"/> for <paramref name="owner"/>.</summary>
    /// <remarks>
    /// Needs every line's SKU (<see cref="InboundNoticeDocument.IsResolved"/>) and quantities within
    /// <see cref="NoticeLimits"/> after case conversion, both of which the intake's rules establish first; the conversion
    /// is checked all the same, so a caller that skipped them gets an exception, never a wrapped-around quantity.
    /// </remarks>
    /// <param name="document">The parsed notice.</param>
    /// <param name="owner">The owner, known from the authenticated sender, never from the document itself.</param>
    /// <param name="unitsPerCase">Case size per item from the item master, to convert case lines into eaches.</param>
    /// <param name="acceptedAt">Acceptance time from the caller's clock.</param>
    public static InboundNotice ToNotice(this InboundNoticeDocument document, OwnerId owner, Func<Sku, int> unitsPerCase, DateTimeOffset acceptedAt)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(unitsPerCase);
        var lines = document.Lines.Select(l => new NoticeLine(
            l.LineNumber,
            l.Sku,
            l.Unit == UnitOfMeasure.Case ? Quantity.Of(checked(l.Quantity.Units * unitsPerCase(l.Sku))) : l.Quantity,
            l.Lot,
            l.Expiry));
        var header = new NoticeHeader(document.ExpectedDate, document.ShipFrom, document.Carrier, document.Reference);
        return InboundNotice.Accept(owner, document.NoticeNumber, document.SourceFormat, header, lines, acceptedAt);
    }
}
