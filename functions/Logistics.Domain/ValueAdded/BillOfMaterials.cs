using Logistics.Domain.Items;

namespace Logistics.Domain.ValueAdded;

/// <summary>The rules a kit's bill of materials must keep before the item master stores it.</summary>
/// <remarks>
/// A kit job consumes only the kit's direct components; a component may itself be a kit (then kits of it must be in
/// stock). So a BOM must name existing items, each once, never the kit itself, and no chain of components may lead back
/// to the kit: such a cycle would make a kit a component of itself.
/// </remarks>
public static class BillOfMaterials
{
    /// <summary>Most component lines in one bill of materials.</summary>
    public const int MaxComponents = 50;

    /// <summary>The faults of <paramref name="components"/> as the BOM of <paramref name="kit"/>, each with the index of its component line.</summary>
    /// <param name="kit">The kit item.</param>
    /// <param name="components">Its proposed components.</param>
    /// <param name="known">
    /// The owner's items reachable from the components, each with its own components (empty for an item that is no kit);
    /// an item missing here does not exist.
    /// </param>
    public static IReadOnlyList<(int Index, string Message)> Faults(Sku kit, IReadOnlyList<KitComponent> components, IReadOnlyDictionary<Sku, IReadOnlyList<KitComponent>> known)
    {
        ArgumentNullException.ThrowIfNull(kit);
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(known);
        var faults = new List<(int, string)>();
        if (components.Count > MaxComponents)
        {
            faults.Add((MaxComponents, $"A bill of materials has at most {MaxComponents} components, this one {components.Count}."));
            return faults;
        }

        var seen = new HashSet<Sku>();
        for (var i = 0; i < components.Count; i++)
        {
            var sku = components[i].Sku;
            if (sku == kit)
            {
                faults.Add((i, $"Kit {kit} cannot be a component of itself."));
            }
            else if (!seen.Add(sku))
            {
                faults.Add((i, $"Component {sku} is listed twice; give its units once."));
            }
            else if (!known.ContainsKey(sku))
            {
                faults.Add((i, $"Component {sku} is not in the item master; add the item first."));
            }
            else if (Path(sku, kit, known, []) is { } path)
            {
                faults.Add((i, $"Component {sku} leads back to kit {kit} ({string.Join(" → ", path.Prepend(kit).Select(s => s.Value))}); a kit cannot contain itself."));
            }
        }

        return faults;
    }

    // The chain of components from `from` down to `target`, or null when there is none.
    private static List<Sku>? Path(Sku from, Sku target, IReadOnlyDictionary<Sku, IReadOnlyList<KitComponent>> known, HashSet<Sku> visited)
    {
        if (from == target)
        {
            return [from];
        }

        if (!visited.Add(from) || !known.TryGetValue(from, out var components))
        {
            return null;
        }

        foreach (var component in components)
        {
            if (Path(component.Sku, target, known, visited) is { } rest)
            {
                return [from, .. rest];
            }
        }

        return null;
    }
}
