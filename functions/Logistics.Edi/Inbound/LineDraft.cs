using Logistics.Domain.Items;
using Logistics.Edi.X12;

namespace Logistics.Edi.Inbound;

/// <summary>
/// A notice or order line being assembled from several segments (943 W04 + N9 + G62, 856 HL + LIN + SN1 + REF + DTM,
/// 940 LX + W01 + G69 + N9).
/// </summary>
/// <param name="ordinal">The line's place in the set (1-based), its number unless the partner numbers lines itself.</param>
/// <param name="opening">The segment that opened the line (W04, the item level HL, the LX or W01), for "missing segment" errors.</param>
internal sealed class LineDraft(int ordinal, X12Segment opening)
{
    /// <summary>The line's number: the partner's (N9*LI, LIN01, LX01) when given, else its place in the set.</summary>
    public int LineNumber => ExplicitNumber ?? ordinal;

    public int? ExplicitNumber { get; set; }

    /// <summary>Where the partner's line number was read, when it was.</summary>
    public X12ElementLocation? NumberAt { get; set; }

    public X12Segment Opening { get; } = opening;

    /// <summary>The segment that carries the item (W04, LIN, W01); missing lot or expiry segments are expected after it.</summary>
    public X12Segment? ItemSegment { get; set; }

    public List<ItemReference> ItemIds { get; } = [];

    public Quantity? Quantity { get; set; }

    public UnitOfMeasure Unit { get; set; }

    public bool HasQuantity { get; set; }

    public LotNumber? Lot { get; set; }

    public DateOnly? Expiry { get; set; }

    /// <summary>The item's description as the partner wrote it (940 G69), when given.</summary>
    public string? Description { get; set; }

    /// <summary>Where each of the line's values was read, by field name (<see cref="NoticeFields"/>).</summary>
    public Dictionary<string, X12ElementLocation> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>The finished line; only called when no errors were found, so every required part is present.</summary>
    public InboundNoticeDocumentLine ToLine() =>
        new(LineNumber, [.. ItemIds], Quantity ?? throw new InvalidOperationException("Quantity missing"), Unit, Lot, Expiry);

    /// <summary>Adds this line's locations to the document's, under <c>/lines/{index}/…</c>.</summary>
    public void CopySources(int index, Dictionary<string, X12ElementLocation> into)
    {
        var anchor = ItemSegment ?? Opening;
        into[NoticeFields.Line(index)] = new X12ElementLocation(anchor.Id, anchor.Position, 1, null);
        foreach (var (field, location) in Sources)
        {
            into[NoticeFields.Pointer(index, field)] = location;
        }
    }
}
