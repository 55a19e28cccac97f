using Logistics.Domain.Items;

namespace Logistics.Edi.Inbound;

/// <summary>A notice line being assembled from several segments (W04 + N9 + G62, or LIN + SN1 + DTM).</summary>
internal sealed class LineDraft(int lineNumber, int position)
{
    public int LineNumber { get; set; } = lineNumber;

    /// <summary>Position of the segment that opened the line, for "missing segment" errors.</summary>
    public int Position { get; } = position;

    public Sku? Sku { get; set; }

    public Quantity? Quantity { get; set; }

    public UnitOfMeasure Unit { get; set; }

    public bool HasQuantity { get; set; }

    public LotNumber? Lot { get; set; }

    public DateOnly? Expiry { get; set; }

    /// <summary>The finished line; only called when no errors were found, so every required part is present.</summary>
    public InboundNoticeDocumentLine ToLine() =>
        new(LineNumber, Sku ?? throw new InvalidOperationException("SKU missing"), Quantity ?? throw new InvalidOperationException("Quantity missing"), Unit, Lot, Expiry);
}
