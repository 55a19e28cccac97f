using Logistics.Edi.Inbound;
using Logistics.Edi.Outbound;
using Logistics.Edi.X12;

namespace Logistics.Edi.Returns;

/// <summary>A return notice (return merchandise authorization) as read from an X12 180 or its JSON twin, validated field by field.</summary>
/// <param name="ReturnNumber">The owner's return authorization number (180 BGN02; JSON <c>returnNumber</c>).</param>
/// <param name="SourceFormat">Where it came from: <see cref="ReturnNoticeFormat.Edi180"/> or <see cref="ReturnNoticeFormat.Json"/>.</param>
/// <param name="ExpectedDate">The day the goods are expected back, when given.</param>
/// <param name="ReturnFrom">Who sends the goods back (the consignee, a retailer), when given.</param>
/// <param name="Lines">The lines, in document order.</param>
public sealed record ReturnNoticeDocument(
    string ReturnNumber, ReturnNoticeFormat SourceFormat, DateOnly? ExpectedDate, Party? ReturnFrom, IReadOnlyList<ReturnNoticeDocumentLine> Lines)
{
    /// <summary>Longest return number the warehouse keeps (BGN02 allows 50; it becomes part of document ids).</summary>
    public const int MaxReturnNumberLength = 30;

    /// <summary>Original, replacement or cancellation (180 BGN01 00 / 05 / 01; JSON <c>purpose</c>).</summary>
    public NoticeAction Action { get; init; } = NoticeAction.Original;

    /// <summary>Where the center should collect the goods, when the owner asks it to; null when the goods are sent to us.</summary>
    public Party? Pickup { get; init; }

    /// <summary>The supplier goods returned to supplier go to (the notice's supplier party); ops may name another at disposition.</summary>
    public Party? Supplier { get; init; }

    /// <summary>For an X12 notice, where each value was read, by JSON pointer (<c>/lines/0/quantity</c>), so a later fault names its segment and element.</summary>
    public IReadOnlyDictionary<string, X12ElementLocation> Sources { get; init; } = new Dictionary<string, X12ElementLocation>();

    /// <summary>True when every line's SKU is known.</summary>
    public bool IsResolved => Lines.All(l => l.Sku is not null);
}

/// <summary>The format a return notice came in.</summary>
public enum ReturnNoticeFormat
{
    /// <summary>X12 180 Return Merchandise Authorization and Notification.</summary>
    Edi180,

    /// <summary>The JSON return notice (see ReturnJsonSchema.md).</summary>
    Json,
}
