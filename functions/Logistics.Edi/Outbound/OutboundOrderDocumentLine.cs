using Logistics.Domain.Items;
using Logistics.Edi.Inbound;

namespace Logistics.Edi.Outbound;

/// <summary>One validated line of an outbound order, in the unit the owner used.</summary>
/// <remarks>
/// As on a notice line (<see cref="InboundNoticeDocumentLine"/>), the item is named by one or more <see cref="ItemIds"/>:
/// a SKU-kind id sets <see cref="Sku"/> at once, a line named by barcodes only gets its SKU when the intake resolves it
/// against the item master, which also checks that all ids of the line name the same item.
/// </remarks>
public sealed record OutboundOrderDocumentLine
{
    private readonly Sku? _sku;

    /// <summary>A line named by the given ids; <see cref="Sku"/> is set from the first SKU-kind id, if any.</summary>
    /// <param name="lineNumber">Owner's line number (940: LX01, else the W01's place in the set; JSON: lineNumber).</param>
    /// <param name="itemIds">The ids of the item, at least one.</param>
    /// <param name="quantity">Quantity ordered in <paramref name="unit"/>.</param>
    /// <param name="unit">Each or case.</param>
    /// <param name="lot">The lot the owner asks for, when it asks for one.</param>
    public OutboundOrderDocumentLine(int lineNumber, IReadOnlyList<ItemReference> itemIds, Quantity quantity, UnitOfMeasure unit, LotNumber? lot)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        if (itemIds.Count == 0)
        {
            throw new ArgumentException("A line needs at least one item id.", nameof(itemIds));
        }

        LineNumber = lineNumber;
        ItemIds = itemIds;
        Quantity = quantity;
        Unit = unit;
        Lot = lot;
        _sku = itemIds.FirstOrDefault(i => i.Kind == ItemIdKind.Sku) is { } given ? Domain.Items.Sku.Parse(given.Value) : null;
    }

    /// <summary>A line named by its SKU alone (the JSON form).</summary>
    public OutboundOrderDocumentLine(int lineNumber, Sku sku, Quantity quantity, UnitOfMeasure unit, LotNumber? lot)
        : this(lineNumber, [ItemReference.ForSku(sku)], quantity, unit, lot)
    {
    }

    /// <summary>Owner's line number.</summary>
    public int LineNumber { get; init; }

    /// <summary>The ids the partner named the item by, in the order sent.</summary>
    public IReadOnlyList<ItemReference> ItemIds { get; init; }

    /// <summary>The owner's SKU.</summary>
    /// <exception cref="InvalidOperationException">Read before the line's barcodes were resolved (see <see cref="HasSku"/>).</exception>
    public Sku Sku
    {
        get => _sku ?? throw new InvalidOperationException(
            $"Line {LineNumber} names its item by {string.Join(", ", ItemIds)} only; resolve it against the item master first.");
        init => _sku = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>True when <see cref="Sku"/> is known (given, or resolved).</summary>
    public bool HasSku => _sku is not null;

    /// <summary>Quantity ordered in <see cref="Unit"/>.</summary>
    public Quantity Quantity { get; init; }

    /// <summary>Each or case.</summary>
    public UnitOfMeasure Unit { get; init; }

    /// <summary>The lot the owner asks for; <c>null</c> lets allocation choose (FEFO, FIFO).</summary>
    public LotNumber? Lot { get; init; }

    /// <summary>Days of shelf life the goods must still have when they ship (JSON <c>minimumShelfLifeDays</c>; an X12 940 has no standard place for it).</summary>
    public int? MinimumShelfLifeDays { get; init; }

    /// <summary>The item's description as the partner wrote it (G69; JSON <c>description</c>), for pickers and packing lists.</summary>
    public string? Description { get; init; }

    /// <inheritdoc />
    public bool Equals(OutboundOrderDocumentLine? other) =>
        other is not null && LineNumber == other.LineNumber && ItemIds.SequenceEqual(other.ItemIds) && _sku == other._sku
        && Quantity == other.Quantity && Unit == other.Unit && Lot == other.Lot && MinimumShelfLifeDays == other.MinimumShelfLifeDays
        && Description == other.Description;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LineNumber, _sku, Quantity, Unit, Lot, MinimumShelfLifeDays, Description);

    /// <inheritdoc />
    public override string ToString() =>
        $"Line {LineNumber}: {string.Join(", ", ItemIds)}{(HasSku ? $" (SKU {_sku})" : string.Empty)}, {Quantity} {Unit}, lot {Lot?.Value ?? "-"}";
}
