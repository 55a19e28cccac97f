namespace Logistics.Orchestration.Runtime;

/// <summary>
/// Runs orchestrator continuations on the executor's own thread, in order, only when the executor drains it: this is
/// what makes replay deterministic and lets a cached orchestrator sleep between work items.
/// </summary>
internal sealed class OrchestrationSynchronizationContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> queue = new();
    private int draining;

    /// <summary>Set when a continuation arrived while the executor was not running it (the orchestrator awaited a foreign task).</summary>
    public bool ForeignPost { get; private set; }

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (queue)
        {
            if (Volatile.Read(ref draining) == 0)
                ForeignPost = true;
            queue.Enqueue((d, state));
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => Post(d, state);

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs <paramref name="action"/> with this context current, then every continuation it queued.</summary>
    public void Run(Action action)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        Volatile.Write(ref draining, 1);
        try
        {
            action();
            while (true)
            {
                (SendOrPostCallback Callback, object? State) next;
                lock (queue)
                {
                    if (!queue.TryDequeue(out next))
                        break;
                }

                next.Callback(next.State);
            }
        }
        finally
        {
            Volatile.Write(ref draining, 0);
            SetSynchronizationContext(previous);
        }
    }
}
