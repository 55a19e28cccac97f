using System.Collections.Concurrent;

namespace Logistics.Orchestration.Runtime;

/// <summary>
/// Live orchestrators kept between work items (extended sessions). An entry is taken out while its instance is being
/// processed and put back only after a successful commit, so a failed commit always falls back to a full replay.
/// </summary>
internal sealed class OrchestrationCache(int capacity)
{
    private readonly ConcurrentDictionary<string, CachedOrchestration> entries = new(StringComparer.Ordinal);

    public int Count => entries.Count;

    public CachedOrchestration? Take(string instanceId) => entries.TryRemove(instanceId, out var entry) ? entry : null;

    public void Put(string instanceId, CachedOrchestration entry)
    {
        if (entries.Count >= capacity)
        {
            // Evicting an arbitrary entry is enough: a miss only costs a replay.
            foreach (var key in entries.Keys)
            {
                entries.TryRemove(key, out _);
                break;
            }
        }

        entries[instanceId] = entry;
    }

    public void Clear() => entries.Clear();
}
