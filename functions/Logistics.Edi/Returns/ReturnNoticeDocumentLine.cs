using Logistics.Domain.Items;
using Logistics.Domain.Returns;
using Logistics.Edi.Inbound;

namespace Logistics.Edi.Returns;

/// <summary>One validated line of a return notice, in the unit the owner used.</summary>
/// <param name="LineNumber">The owner's line number (180: the LX assigned number; JSON <c>lineNumber</c>).</param>
/// <param name="ItemIds">The ids the partner named the item by (SKU, vendor number, GTIN, ISBN…), at least one.</param>
/// <param name="Quantity">Units announced, in <paramref name="Unit"/>.</param>
/// <param name="Unit">Each or case.</param>
/// <param name="Lot">The lot, when the partner knows it.</param>
/// <param name="Reason">Why the goods come back.</param>
/// <remarks>
/// Like an inbound notice line, a line named by barcodes only gets its SKU when the intake resolves it against the item
/// master; <see cref="Sku"/> is set here only from a SKU-kind id.
/// </remarks>
public sealed record ReturnNoticeDocumentLine(
    int LineNumber, IReadOnlyList<ItemReference> ItemIds, Quantity Quantity, UnitOfMeasure Unit, LotNumber? Lot, ReturnReason Reason)
{
    /// <summary>The owner's SKU when a SKU-kind id named it (or the intake resolved it); null before that.</summary>
    public Sku? Sku { get; init; } = ItemIds?.FirstOrDefault(i => i.Kind == ItemIdKind.Sku) is { } given ? Sku.Parse(given.Value) : null;

    /// <summary>What the owner already wants done with the goods, when the notice says so; inspection decides otherwise.</summary>
    public ReturnDisposition? RequestedDisposition { get; init; }

    /// <summary>The partner's own words for the reason (180 reason description; JSON <c>reasonText</c>), when given.</summary>
    public string? ReasonText { get; init; }

    /// <summary>The outbound order (owner's order number) the goods left on, when they left this center.</summary>
    public string? OriginalOrderNumber { get; init; }

    /// <inheritdoc />
    public bool Equals(ReturnNoticeDocumentLine? other) =>
        other is not null && LineNumber == other.LineNumber && ItemIds.SequenceEqual(other.ItemIds) && Quantity == other.Quantity
        && Unit == other.Unit && Lot == other.Lot && Reason == other.Reason && Sku == other.Sku
        && RequestedDisposition == other.RequestedDisposition && ReasonText == other.ReasonText && OriginalOrderNumber == other.OriginalOrderNumber;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LineNumber, Sku, Quantity, Unit, Lot, Reason, RequestedDisposition);
}
