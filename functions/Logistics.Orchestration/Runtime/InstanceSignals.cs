using System.Collections.Concurrent;

namespace Logistics.Orchestration.Runtime;

/// <summary>Wakes in-process waiters (WaitForInstanceCompletionAsync, the timer loop) when an instance commits.</summary>
internal sealed class InstanceSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> waiting = new(StringComparer.Ordinal);

    /// <summary>Completes at the next commit of <paramref name="key"/>; take it before reading the state it guards.</summary>
    public Task Next(string key) =>
        waiting.GetOrAdd(key, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Pulse(string key)
    {
        if (!waiting.IsEmpty && waiting.TryRemove(key, out var source))
            source.TrySetResult();
    }
}
