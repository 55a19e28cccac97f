using Logistics.Domain.Common;
using Logistics.Domain.Items;

namespace Logistics.Domain.ValueAdded;

/// <summary>One line of a kit's bill of materials: <paramref name="Units"/> of <paramref name="Sku"/> go into one kit.</summary>
public sealed record KitComponent(Sku Sku, int Units)
{
    /// <summary>Most units of one component in one kit.</summary>
    public const int MaxUnits = 10_000;

    /// <summary>A component line, checked.</summary>
    /// <exception cref="DomainException">The units are not between 1 and <see cref="MaxUnits"/>.</exception>
    public static KitComponent Of(Sku sku, int units)
    {
        ArgumentNullException.ThrowIfNull(sku);
        return units is < 1 or > MaxUnits
            ? throw new DomainException($"A kit takes 1–{MaxUnits} units of component {sku}, was {units}.")
            : new KitComponent(sku, units);
    }
}
