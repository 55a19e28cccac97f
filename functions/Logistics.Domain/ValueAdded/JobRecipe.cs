using Logistics.Domain.Common;
using Logistics.Domain.Items;

namespace Logistics.Domain.ValueAdded;

/// <summary>What a value-added job consumes and what it produces, in eaches (stock is always kept in eaches).</summary>
/// <param name="Inputs">Units of each input item, in the order the job lists them.</param>
/// <param name="Output">The item produced.</param>
/// <param name="OutputUnits">Units produced.</param>
/// <remarks>
/// <para>
/// <b>Kit</b>: <c>units</c> kits of the kit item consume <c>units × component units</c> of each BOM line and produce
/// <c>units</c> kits. <b>Split</b>: <c>units</c> cases of a case item (pack unit case, case quantity Q; its stock is kept
/// in eaches, Q per case) become <c>units × Q</c> eaches of an each item. <b>Repack</b>: <c>units</c> of one item become
/// <c>units</c> of another. <b>Label</b>: <c>units</c> of an item come back as the same <c>units</c> of it.
/// </para>
/// <para>Only kits change the number of units; the others carry each unit (and its lot) through unchanged.</para>
/// </remarks>
public sealed record JobRecipe(IReadOnlyList<(Sku Sku, int Units)> Inputs, Sku Output, int OutputUnits)
{
    /// <summary>Most units of one input, or of the output, a single job may move.</summary>
    public const int MaxUnits = 1_000_000;

    /// <summary>Kits of <paramref name="kit"/> by its bill of materials.</summary>
    /// <exception cref="DomainException">The item has no components, or the job exceeds <see cref="MaxUnits"/>.</exception>
    public static JobRecipe Kit(Sku kit, IReadOnlyList<KitComponent> components, int units)
    {
        ArgumentNullException.ThrowIfNull(kit);
        ArgumentNullException.ThrowIfNull(components);
        if (components.Count == 0)
        {
            throw new DomainException($"Item {kit} has no bill of materials; give it components in the item master first.");
        }

        Check(units);
        return new([.. components.Select(c => (c.Sku, Bounded((long)c.Units * units, c.Sku)))], kit, units);
    }

    /// <summary><paramref name="cases"/> cases of <paramref name="caseItem"/> split into eaches of <paramref name="eachItem"/>.</summary>
    /// <exception cref="DomainException">The input is not a case item, the output is not an each item, they are the same, or the job is too large.</exception>
    public static JobRecipe Split(Item caseItem, Item eachItem, int cases)
    {
        ArgumentNullException.ThrowIfNull(caseItem);
        ArgumentNullException.ThrowIfNull(eachItem);
        if (caseItem.PackUnit != UnitOfMeasure.Case)
        {
            throw new DomainException($"Item {caseItem.Sku} is not packed in cases (its pack unit is {caseItem.PackUnit}); only a case item can be split.");
        }

        if (eachItem.PackUnit != UnitOfMeasure.Each || eachItem.Sku == caseItem.Sku)
        {
            throw new DomainException($"A split produces another item packed as eaches; {eachItem.Sku} is not one.");
        }

        Check(cases);
        var units = Bounded((long)cases * caseItem.CaseQuantity, caseItem.Sku);
        return new([(caseItem.Sku, units)], eachItem.Sku, units);
    }

    /// <summary><paramref name="units"/> of <paramref name="input"/> repacked as <paramref name="output"/>.</summary>
    /// <exception cref="DomainException">The items are the same (that is labelling), or the job is too large.</exception>
    public static JobRecipe Repack(Sku input, Sku output, int units)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        if (input == output)
        {
            throw new DomainException($"A repack produces another item than {input}; to work on the same item, order a label job.");
        }

        Check(units);
        return new([(input, units)], output, units);
    }

    /// <summary><paramref name="units"/> of <paramref name="sku"/> labelled.</summary>
    /// <exception cref="DomainException">The job is too large.</exception>
    public static JobRecipe Label(Sku sku, int units)
    {
        ArgumentNullException.ThrowIfNull(sku);
        Check(units);
        return new([(sku, units)], sku, units);
    }

    private static void Check(int units)
    {
        if (units is < 1 or > MaxUnits)
        {
            throw new DomainException($"A job produces 1–{MaxUnits} units, was {units}.");
        }
    }

    private static int Bounded(long units, Sku sku) => units > MaxUnits
        ? throw new DomainException($"The job would take {units} units of {sku}; one job takes at most {MaxUnits} of an item.")
        : (int)units;
}
