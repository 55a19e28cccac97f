namespace Logistics.DurableTask.Sqlite;

/// <summary>A reusable wake-up: <see cref="Next"/> completes at the next <see cref="Fire"/>.</summary>
/// <remarks>Take <see cref="Next"/> before checking for work, then wait on it: a fire in between is never lost.</remarks>
internal sealed class Pulse
{
    private TaskCompletionSource current = New();

    public Task Next => Volatile.Read(ref current).Task;

    public void Fire() => Interlocked.Exchange(ref current, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
