using Logistics.Domain.Items;
using Logistics.Domain.Locations;

namespace Logistics.Domain.Putaway;

/// <summary>Suggests storage locations for received goods. Pure and deterministic: same input, same plan.</summary>
/// <remarks>
/// Rules, in order:
/// <list type="number">
/// <item>Only storage locations whose allowed handling covers every flag of the item.</item>
/// <item>Never mix owners in one location: a count or a recall must not touch another owner's goods.</item>
/// <item>Locations already holding the same item and lot come first (consolidation keeps picks short).</item>
/// <item>Then empty locations before locations holding other items; among those, the fewest extra handling
/// flags first, so special locations (humidity, hazmat) stay free for goods that need them.</item>
/// <item>Ties break on the location code (ordinal), and quantities split across locations by free capacity.</item>
/// </list>
/// </remarks>
public static class PutawayPlanner
{
    /// <summary>Plans where <paramref name="quantity"/> units of <paramref name="item"/>/<paramref name="lot"/> go.</summary>
    public static PutawayPlan Suggest(Item item, LotNumber? lot, Quantity quantity, IEnumerable<LocationState> candidates)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(candidates);
        var ranked = candidates
            .Where(c => c.Location.Zone == Zone.Storage && c.Location.Accepts(item.Handling))
            .Where(c => c.Contents.All(content => content.Units <= 0 || content.Owner == item.Owner))
            .Where(c => c.FreeUnits > 0)
            .OrderBy(c => HoldsSame(c, item, lot) ? 0 : c.IsEmpty ? 1 : 2)
            .ThenBy(c => ExtraFlags(c.Location, item.Handling))
            .ThenBy(c => c.Location.Code);

        var remaining = quantity.Units;
        var suggestions = new List<PutawaySuggestion>();
        foreach (var candidate in ranked)
        {
            if (remaining == 0)
            {
                break;
            }

            var take = (int)Math.Min(remaining, candidate.FreeUnits);
            suggestions.Add(new PutawaySuggestion(candidate.Location.Code, Quantity.Of(take)));
            remaining -= take;
        }

        return new PutawayPlan(suggestions, remaining);
    }

    private static bool HoldsSame(LocationState state, Item item, LotNumber? lot) =>
        state.Contents.Any(c => c.Units > 0 && c.Owner == item.Owner && c.Sku == item.Sku && c.Lot == lot);

    private static int ExtraFlags(Location location, HandlingFlags needed) =>
        System.Numerics.BitOperations.PopCount((uint)(location.AllowedHandling & ~needed));
}
