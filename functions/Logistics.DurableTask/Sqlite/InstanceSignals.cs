using System.Collections.Concurrent;

namespace Logistics.DurableTask.Sqlite;

/// <summary>Per-instance wake-ups, pulsed after a commit changed an instance, for waits on its completion.</summary>
/// <remarks>An entry exists only while someone waits on it and is removed by the pulse that completes it.</remarks>
internal sealed class InstanceSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new(StringComparer.Ordinal);

    /// <summary>A task that completes at the next change of <paramref name="instanceId"/>; take it before reading the instance.</summary>
    public Task Next(string instanceId) =>
        waiting.GetOrAdd(instanceId, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Pulse(string instanceId)
    {
        if (waiting.TryRemove(instanceId, out var signal))
            signal.TrySetResult();
    }
}
