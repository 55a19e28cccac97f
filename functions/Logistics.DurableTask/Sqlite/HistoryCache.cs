using System.Collections.Concurrent;
using DurableTask.Core.History;

namespace Logistics.DurableTask.Sqlite;

/// <summary>
/// The last committed history of running instances, so an episode does not re-read and re-parse the whole history its
/// predecessor just wrote.
/// </summary>
/// <remarks>
/// Only this process's worker writes history while it owns the task hub; other processes can only purge or restart an
/// instance, which removes its chunks or changes its execution id. So an entry is used only when the stored execution id
/// and chunk count still match. Entries are filled after a commit only, dropped when an instance finishes, and not added
/// beyond <see cref="Capacity"/>. The events are shared with the episodes that replay them, as in DurableTask's in-memory
/// service: DurableTask.Core marks past events as played, and changes nothing else in them.
/// </remarks>
internal sealed class HistoryCache
{
    public const int Capacity = 20_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public bool TryGet(string instanceId, string executionId, int chunks, out List<HistoryEvent> events)
    {
        if (entries.TryGetValue(instanceId, out var entry) && entry.ExecutionId == executionId && entry.Chunks == chunks)
        {
            events = [.. entry.Events];
            return true;
        }

        events = [];
        return false;
    }

    public void Set(string instanceId, string executionId, int chunks, IReadOnlyList<HistoryEvent> events)
    {
        if (entries.Count < Capacity || entries.ContainsKey(instanceId))
            entries[instanceId] = new Entry(executionId, chunks, events);
    }

    public void Remove(string instanceId) => entries.TryRemove(instanceId, out _);

    public void Clear() => entries.Clear();

    private sealed record Entry(string ExecutionId, int Chunks, IReadOnlyList<HistoryEvent> Events);
}
