using Logistics.Domain.Inbound;
using Logistics.Edi.X12;

namespace Logistics.Edi.Inbound;

/// <summary>An inbound notice as read from any format (943, 856, JSON), validated field by field.</summary>
/// <param name="NoticeNumber">The owner's notice number (943 W0602 depositor order, 856 BSN02, JSON noticeNumber).</param>
/// <param name="SourceFormat">The format it came in.</param>
/// <param name="Purpose">Stock transfer or ship notice.</param>
/// <param name="ExpectedDate">Day the goods are expected.</param>
/// <param name="ShipFrom">Shipper name or id, if given.</param>
/// <param name="Carrier">Carrier (SCAC or name), if given.</param>
/// <param name="Reference">Further reference (PO, bill of lading), if given.</param>
/// <param name="Lines">The lines, in document order.</param>
public sealed record InboundNoticeDocument(
    NoticeNumber NoticeNumber,
    NoticeType SourceFormat,
    NoticePurpose Purpose,
    DateOnly ExpectedDate,
    string? ShipFrom,
    string? Carrier,
    string? Reference,
    IReadOnlyList<InboundNoticeDocumentLine> Lines)
{
    /// <summary>What the sender declares: original (the default; always for a 943), replacement or cancellation.</summary>
    public NoticeAction Action { get; init; } = NoticeAction.Original;

    /// <summary>The shipper's shipment id when it differs from the notice number: 943 W0604. <c>null</c> otherwise.</summary>
    public string? ShipmentId { get; init; }

    /// <summary>
    /// For an X12 notice, where each value was read, by <see cref="NoticeFields"/> pointer (<c>/expectedDate</c>,
    /// <c>/lines/0/quantity</c>, <c>/lines/0</c> for the segment opening the line), so a fault found later is reported at
    /// its segment and element. Empty for JSON, whose faults are reported at the pointers themselves.
    /// </summary>
    public IReadOnlyDictionary<string, X12ElementLocation> Sources { get; init; } = new Dictionary<string, X12ElementLocation>();

    /// <summary>True when every line's SKU is known, so the document can become a notice.</summary>
    public bool IsResolved => Lines.All(l => l.HasSku);
}
