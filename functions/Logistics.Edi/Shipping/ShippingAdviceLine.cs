using Logistics.Domain.Items;

namespace Logistics.Edi.Shipping;

/// <summary>What shipped for one order line, in eaches: one W12 per lot picked under the line's LX.</summary>
/// <param name="LineNumber">The owner's line number (the order's LX01 or JSON lineNumber), written as LX01.</param>
/// <param name="Sku">The owner's item code (W1207 SK, W1208).</param>
/// <param name="Ordered">Eaches ordered (cases converted), W1202.</param>
/// <param name="Lots">The lots shipped from, in pick order; empty when nothing shipped.</param>
public sealed record ShippingAdviceLine(int LineNumber, Sku Sku, int Ordered, IReadOnlyList<ShippedLot> Lots)
{
    /// <summary>Eaches ordered, at least one.</summary>
    public int Ordered { get; } = Ordered > 0 ? Ordered : throw new ArgumentOutOfRangeException(nameof(Ordered), Ordered, "A line orders at least one unit.");

    /// <summary>The lots shipped from, in pick order; together they hold at most <see cref="Ordered"/> units.</summary>
    public IReadOnlyList<ShippedLot> Lots { get; } = AtMost(Lots, Ordered);

    /// <summary>
    /// True when the units not shipped stay on backorder and follow (W1201 BP, or BO when none shipped); false when they
    /// are cancelled (CP, or IC when none shipped). Ignored for a line shipped complete (CC).
    /// </summary>
    public bool Backordered { get; init; }

    /// <summary>Eaches shipped, all lots together (the W1203 values add up to it).</summary>
    public int Shipped => Lots.Sum(l => l.Units);

    /// <summary>Ordered minus shipped, W1204.</summary>
    public int Difference => Ordered - Shipped;

    /// <summary>W1201, the line's shipment status (element 368).</summary>
    public string StatusCode => Difference switch
    {
        0 => "CC",
        _ when Shipped == 0 => Backordered ? "BO" : "IC",
        _ => Backordered ? "BP" : "CP",
    };

    private static IReadOnlyList<ShippedLot> AtMost(IReadOnlyList<ShippedLot> lots, int ordered)
    {
        ArgumentNullException.ThrowIfNull(lots);
        return lots.Sum(l => (long)l.Units) <= ordered
            ? lots
            : throw new ArgumentException($"The lots hold {lots.Sum(l => (long)l.Units)} units but only {ordered} were ordered; the warehouse never ships more than ordered.", nameof(lots));
    }

    /// <inheritdoc />
    public bool Equals(ShippingAdviceLine? other) =>
        other is not null && LineNumber == other.LineNumber && Sku == other.Sku && Ordered == other.Ordered && Lots.SequenceEqual(other.Lots)
        && Backordered == other.Backordered;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LineNumber, Sku, Ordered, Shipped, Backordered);
}
