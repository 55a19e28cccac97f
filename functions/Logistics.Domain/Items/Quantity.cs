using Logistics.Domain.Common;

namespace Logistics.Domain.Items;

/// <summary>A positive count of units (eaches). Movement deltas, which may be negative, are plain <see cref="long"/>.</summary>
/// <remarks>A struct keeps quantities allocation-free in ledger loops; the price is that <c>default</c> holds 0 units, so create values only through <see cref="Of"/>.</remarks>
public readonly record struct Quantity
{
    private Quantity(int units) => Units = units;

    /// <summary>Number of units; always at least one for a created value.</summary>
    public int Units { get; }

    /// <summary>Creates a quantity.</summary>
    /// <exception cref="DomainException"><paramref name="units"/> is zero or negative.</exception>
    public static Quantity Of(int units) =>
        units > 0 ? new Quantity(units) : throw new DomainException($"Quantity must be positive, was {units}.");

    /// <summary>Sum of two quantities (checked: overflow throws instead of wrapping).</summary>
    public static Quantity operator +(Quantity left, Quantity right) => new(checked(left.Units + right.Units));

    /// <summary>Same as <c>+</c>, for languages without operators.</summary>
    public Quantity Add(Quantity other) => this + other;

    /// <inheritdoc />
    public override string ToString() => Units.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
