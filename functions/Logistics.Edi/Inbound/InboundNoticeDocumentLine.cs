using Logistics.Domain.Items;

namespace Logistics.Edi.Inbound;

/// <summary>One validated line of an inbound notice, in the unit the owner used.</summary>
/// <remarks>
/// A line names its item by one or more <see cref="ItemIds"/>. When one of them is a SKU the mapper sets <see cref="Sku"/>
/// from it; a line named by barcodes only gets its SKU when the intake resolves it against the item master (the
/// application's <c>NoticeRules</c>), which also checks that all ids of the line name the same item.
/// </remarks>
public sealed record InboundNoticeDocumentLine
{
    private readonly Sku? _sku;

    /// <summary>A line named by the given ids; <see cref="Sku"/> is set from the first SKU-kind id, if any.</summary>
    /// <param name="lineNumber">Owner's line number (943: N9*LI, else W04 order; 856: LIN01, else item order; JSON: lineNumber).</param>
    /// <param name="itemIds">The ids of the item, at least one.</param>
    /// <param name="quantity">Quantity in <paramref name="unit"/>.</param>
    /// <param name="unit">Each or case.</param>
    /// <param name="lot">Lot, when given.</param>
    /// <param name="expiry">Expiry date, when given.</param>
    public InboundNoticeDocumentLine(int lineNumber, IReadOnlyList<ItemReference> itemIds, Quantity quantity, UnitOfMeasure unit, LotNumber? lot, DateOnly? expiry)
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
        Expiry = expiry;
        _sku = itemIds.FirstOrDefault(i => i.Kind == ItemIdKind.Sku) is { } given ? Domain.Items.Sku.Parse(given.Value) : null;
    }

    /// <summary>A line named by its SKU alone (the JSON form).</summary>
    public InboundNoticeDocumentLine(int lineNumber, Sku sku, Quantity quantity, UnitOfMeasure unit, LotNumber? lot, DateOnly? expiry)
        : this(lineNumber, [ItemReference.ForSku(sku)], quantity, unit, lot, expiry)
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
            $"Line {LineNumber} names its item by {string.Join(", ", ItemIds)} only; resolve it against the item master (NoticeRules) first.");
        init => _sku = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>True when <see cref="Sku"/> is known (given, or resolved).</summary>
    public bool HasSku => _sku is not null;

    /// <summary>Quantity in <see cref="Unit"/>.</summary>
    public Quantity Quantity { get; init; }

    /// <summary>Each or case.</summary>
    public UnitOfMeasure Unit { get; init; }

    /// <summary>Lot, when given.</summary>
    public LotNumber? Lot { get; init; }

    /// <summary>Expiry date, when given.</summary>
    public DateOnly? Expiry { get; init; }

    /// <inheritdoc />
    public bool Equals(InboundNoticeDocumentLine? other) =>
        other is not null && LineNumber == other.LineNumber && ItemIds.SequenceEqual(other.ItemIds) && _sku == other._sku
        && Quantity == other.Quantity && Unit == other.Unit && Lot == other.Lot && Expiry == other.Expiry;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LineNumber, _sku, Quantity, Unit, Lot, Expiry);

    /// <inheritdoc />
    public override string ToString() =>
        $"Line {LineNumber}: {string.Join(", ", ItemIds)}{(HasSku ? $" (SKU {_sku})" : string.Empty)}, {Quantity} {Unit}, lot {Lot?.Value ?? "-"}, expiry {Expiry?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";
}
