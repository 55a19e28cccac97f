using Logistics.Domain.Locations;

namespace Logistics.Domain.Putaway;

/// <summary>A candidate location with what it holds now.</summary>
/// <param name="Location">The location.</param>
/// <param name="Contents">Its current contents.</param>
public sealed record LocationState(Location Location, IReadOnlyList<LocationContent> Contents)
{
    /// <summary>Units that still fit; 0 when full (or over-full after a count).</summary>
    public long FreeUnits => Math.Max(0, (Location.CapacityUnits ?? 0) - Contents.Sum(c => c.Units));

    /// <summary>True when nothing is stored here.</summary>
    public bool IsEmpty => Contents.All(c => c.Units <= 0);
}
