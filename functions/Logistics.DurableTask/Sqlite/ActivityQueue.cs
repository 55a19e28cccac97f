using System.Diagnostics.CodeAnalysis;

namespace Logistics.DurableTask.Sqlite;

/// <summary>Activity tasks waiting for a worker, in insertion order.</summary>
/// <remarks>A taken entry is the worker's until it completes or abandons it; as with instances, that lock is in memory only.</remarks>
internal sealed class ActivityQueue
{
    private readonly Lock gate = new();
    private readonly Queue<ActivityEntry> queue = new();
    private readonly Pulse pulse = new();

    /// <summary>Completes when an entry is added; take it before <see cref="TryTake"/>.</summary>
    public Task Changed => pulse.Next;

    public void Add(ActivityEntry entry)
    {
        lock (gate)
            queue.Enqueue(entry);
        pulse.Fire();
    }

    public bool TryTake([NotNullWhen(true)] out ActivityEntry? entry)
    {
        lock (gate)
        {
            if (queue.TryDequeue(out var next))
            {
                entry = next;
                return true;
            }
        }

        entry = null;
        return false;
    }

    public void Clear()
    {
        lock (gate)
            queue.Clear();
    }
}
