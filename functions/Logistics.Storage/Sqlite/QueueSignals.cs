using System.Collections.Concurrent;

namespace Logistics.Storage.Sqlite;

/// <summary>
/// One in-process signal per entity path, pulsed after a commit that made messages available there, so waiting
/// receivers wake at once instead of polling.
/// </summary>
internal sealed class QueueSignals
{
    private readonly ConcurrentDictionary<string, Signal> signals = new(StringComparer.Ordinal);

    /// <summary>A task that completes at the next pulse of <paramref name="path"/>; take it before checking the table.</summary>
    public Task Next(string path) => signals.GetOrAdd(path, static _ => new Signal()).Next;

    public void Pulse(string path)
    {
        if (signals.TryGetValue(path, out var signal))
            signal.Pulse();
    }

    private sealed class Signal
    {
        private TaskCompletionSource current = New();

        public Task Next => Volatile.Read(ref current).Task;

        public void Pulse() => Interlocked.Exchange(ref current, New()).TrySetResult();

        private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
