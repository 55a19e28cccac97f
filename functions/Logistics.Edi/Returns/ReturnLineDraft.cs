using Logistics.Domain.Returns;
using Logistics.Edi.Inbound;
using Logistics.Edi.X12;

namespace Logistics.Edi.Returns;

/// <summary>
/// One 180 line being assembled from its BLI loop: the item, quantity and lot in the shared <see cref="LineDraft"/>,
/// and what only a return carries (reason, requested disposition, original order).
/// </summary>
/// <param name="line">The item part, opened by the BLI.</param>
internal sealed class ReturnLineDraft(LineDraft line)
{
    public LineDraft Line { get; } = line;

    /// <summary>The BLI that opened the line.</summary>
    public X12Segment Bli => Line.ItemSegment ?? Line.Opening;

    /// <summary>True once BLI03 or a QTY02 gave a quantity (valid or not), so a missing quantity is reported once.</summary>
    public bool QuantityGiven { get; set; }

    /// <summary>True once a QTY was read: an LX after it that no BLI follows is the QTY loop's unit level, not a new line.</summary>
    public bool SawQty { get; set; }

    /// <summary>The line's own RDR, when it has one; the heading's applies otherwise.</summary>
    public RdrReading? Rdr { get; set; }

    /// <summary>The line's own order references (N9 OQ, CO, PO; PRF01), best first.</summary>
    public OrderReferences Orders { get; } = new();

    public bool SeenPrf { get; set; }

    /// <summary>The finished line, with the heading's RDR and order references where the line has none of its own.</summary>
    public ReturnNoticeDocumentLine ToLine(RdrReading? headerRdr, OrderReferences headerOrders)
    {
        var rdr = Rdr ?? headerRdr;
        return new ReturnNoticeDocumentLine(
            Line.LineNumber, [.. Line.ItemIds], Line.Quantity ?? throw new InvalidOperationException("Quantity missing"), Line.Unit, Line.Lot, rdr?.Reason ?? ReturnReason.Other)
        {
            ReasonText = rdr?.Text,
            RequestedDisposition = rdr?.Disposition,
            OriginalOrderNumber = (Orders.Best() ?? headerOrders.Best())?.Value,
        };
    }

    /// <summary>Adds this line's locations to the document's, under <c>/lines/{index}/…</c>.</summary>
    public void CopySources(int index, RdrReading? headerRdr, OrderReferences headerOrders, Dictionary<string, X12ElementLocation> into)
    {
        Line.CopySources(index, into);
        if (Line.NumberAt is { } numberAt)
        {
            into[NoticeFields.Pointer(index, ReturnFields.LineNumber)] = numberAt;
        }

        if ((Rdr ?? headerRdr) is { } rdr)
        {
            Add(into, index, ReturnFields.Reason, rdr.ReasonAt);
            Add(into, index, ReturnFields.ReasonText, rdr.TextAt);
            Add(into, index, ReturnFields.RequestedDisposition, rdr.DispositionAt);
        }

        Add(into, index, ReturnFields.OriginalOrderNumber, (Orders.Best() ?? headerOrders.Best())?.At);
    }

    private static void Add(Dictionary<string, X12ElementLocation> into, int index, string field, X12ElementLocation? at)
    {
        if (at is not null)
        {
            into[NoticeFields.Pointer(index, field)] = at;
        }
    }
}
