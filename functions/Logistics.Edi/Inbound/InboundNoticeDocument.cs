using Logistics.Domain.Inbound;

namespace Logistics.Edi.Inbound;

/// <summary>An inbound notice as read from any format (943, 856, JSON), validated field by field.</summary>
/// <param name="NoticeNumber">The owner's notice number (943 W0604, 856 BSN02, JSON noticeNumber).</param>
/// <param name="SourceFormat">The format it came in.</param>
/// <param name="Purpose">Stock transfer or ship notice.</param>
/// <param name="ExpectedDate">Day the goods are expected.</param>
/// <param name="ShipFrom">Shipper name or id, if given.</param>
/// <param name="Carrier">Carrier (SCAC or name), if given.</param>
/// <param name="Reference">Further reference (PO, bill of lading, depositor order), if given.</param>
/// <param name="Lines">The lines, in document order.</param>
public sealed record InboundNoticeDocument(
    NoticeNumber NoticeNumber,
    NoticeType SourceFormat,
    NoticePurpose Purpose,
    DateOnly ExpectedDate,
    string? ShipFrom,
    string? Carrier,
    string? Reference,
    IReadOnlyList<InboundNoticeDocumentLine> Lines);
