using Logistics.Domain.Common;
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

    /// <summary>
    /// Checks a return number as every intake must (the X12 and JSON readers, a route value): 1 to
    /// <see cref="MaxReturnNumberLength"/> letters, digits, <c>-</c>, <c>_</c> or <c>.</c> once trimmed. No <c>/</c> or
    /// space, because the number becomes part of document, movement and orchestration ids.
    /// </summary>
    /// <returns>The number, trimmed.</returns>
    /// <exception cref="DomainException">The number is blank, too long or has another character.</exception>
    public static string ParseReturnNumber(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException("Return number is required.");
        }

        var text = value.Trim();
        if (text.Length > MaxReturnNumberLength)
        {
            throw new DomainException($"Return number '{text}' is longer than {MaxReturnNumberLength} characters.");
        }

        if (text.FirstOrDefault(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.')) is var bad and not '\0')
        {
            throw new DomainException($"Return number '{text}' contains '{bad}'; only letters, digits and '-_.' are allowed.");
        }

        return text;
    }
}

/// <summary>The format a return notice came in.</summary>
public enum ReturnNoticeFormat
{
    /// <summary>X12 180 Return Merchandise Authorization and Notification.</summary>
    Edi180,

    /// <summary>The JSON return notice (see ReturnJsonSchema.md).</summary>
    Json,
}
