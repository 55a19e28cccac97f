namespace Logistics.DurableTask.Sqlite;

/// <summary>Instances that have deliverable messages, in arrival order, and the instances locked in a work item.</summary>
/// <remarks>
/// Work-item locks live here, in memory, because one worker process owns the task hub (see <see cref="TaskHubLock"/>): a
/// lock dies with its process, so it needs neither a durable write nor an expiry. An instance is never queued and locked at
/// once: marking a locked instance ready only flags it, and unlocking requeues a flagged instance, so messages that arrive
/// during an episode are delivered in the next one. A queued id may be stale (its messages already consumed); the fetcher
/// then finds nothing and moves on.
/// </remarks>
internal sealed class ReadyInstances
{
    private readonly Lock gate = new();
    private readonly Queue<string> queue = new();
    private readonly HashSet<string> queued = new(StringComparer.Ordinal);
    private readonly HashSet<string> locked = new(StringComparer.Ordinal);
    private readonly HashSet<string> flagged = new(StringComparer.Ordinal);
    private readonly Pulse pulse = new();

    /// <summary>Completes when an instance is queued; take it before <see cref="TryLockNext"/>.</summary>
    public Task Changed => pulse.Next;

    public void MarkReady(string instanceId)
    {
        lock (gate)
        {
            if (locked.Contains(instanceId))
            {
                flagged.Add(instanceId);
                return;
            }

            if (!queued.Add(instanceId))
                return;
            queue.Enqueue(instanceId);
        }

        pulse.Fire();
    }

    public bool TryLockNext(out string instanceId)
    {
        lock (gate)
        {
            if (queue.TryDequeue(out var next))
            {
                queued.Remove(next);
                locked.Add(next);
                instanceId = next;
                return true;
            }
        }

        instanceId = string.Empty;
        return false;
    }

    public void Unlock(string instanceId)
    {
        bool requeue;
        lock (gate)
        {
            locked.Remove(instanceId);
            requeue = flagged.Remove(instanceId);
        }

        if (requeue)
            MarkReady(instanceId);
    }

    public void Clear()
    {
        lock (gate)
        {
            queue.Clear();
            queued.Clear();
            locked.Clear();
            flagged.Clear();
        }
    }
}
