namespace Logistics.DurableTask.Sqlite;

/// <summary>
/// Work that becomes deliverable at a time on the injected clock: durable timers, scheduled starts, and work items
/// abandoned with a back-off. One <see cref="ITimer"/> from the <see cref="TimeProvider"/> is armed for the earliest entry.
/// </summary>
/// <remarks>
/// A test clock that advances past an entry fires it; nothing here reads the wall clock. An entry already due is delivered
/// at once, without a timer. The timer is re-armed at most a day ahead, so very distant entries need no special case.
/// </remarks>
internal sealed class DueTriggers : IDisposable
{
    private static readonly TimeSpan MaxArm = TimeSpan.FromDays(1);

    private readonly Lock gate = new();
    private readonly PriorityQueue<Trigger, DateTimeOffset> entries = new();
    private readonly TimeProvider time;
    private readonly Action<string> instanceDue;
    private readonly Action<ActivityEntry> activityDue;
    private readonly ITimer timer;
    private DateTimeOffset? armedFor;

    public DueTriggers(TimeProvider time, Action<string> instanceDue, Action<ActivityEntry> activityDue)
    {
        this.time = time;
        this.instanceDue = instanceDue;
        this.activityDue = activityDue;
        timer = time.CreateTimer(_ => Fire(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Add(DateTimeOffset due, string instanceId) => Add(due, new Trigger(instanceId, null));

    public void Add(DateTimeOffset due, ActivityEntry activity) => Add(due, new Trigger(null, activity));

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
            armedFor = null;
            timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose() => timer.Dispose();

    private void Add(DateTimeOffset due, Trigger trigger)
    {
        if (due <= time.GetUtcNow())
        {
            Deliver(trigger);
            return;
        }

        lock (gate)
        {
            entries.Enqueue(trigger, due);
            Arm();
        }
    }

    private void Fire()
    {
        var due = new List<Trigger>();
        lock (gate)
        {
            armedFor = null;
            var now = time.GetUtcNow();
            while (entries.TryPeek(out var trigger, out var at) && at <= now)
            {
                entries.Dequeue();
                due.Add(trigger);
            }

            Arm();
        }

        foreach (var trigger in due)
            Deliver(trigger);
    }

    // Under the gate. Fires later through the timer even when the earliest entry fell due meanwhile: a zero-delay timer
    // fires at once on the system clock and at the next advance of a test clock, and Add delivers due entries itself.
    private void Arm()
    {
        if (!entries.TryPeek(out _, out var earliest))
        {
            if (armedFor is not null)
                timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            armedFor = null;
            return;
        }

        if (armedFor == earliest)
            return;
        armedFor = earliest;
        var delay = earliest - time.GetUtcNow();
        timer.Change(delay < TimeSpan.Zero ? TimeSpan.Zero : delay > MaxArm ? MaxArm : delay, Timeout.InfiniteTimeSpan);
    }

    private void Deliver(Trigger trigger)
    {
        if (trigger.Instance is { } instanceId)
            instanceDue(instanceId);
        else
            activityDue(trigger.Activity!);
    }

    private readonly record struct Trigger(string? Instance, ActivityEntry? Activity);
}
