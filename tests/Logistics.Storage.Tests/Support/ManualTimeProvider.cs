namespace Logistics.Storage.Tests.Support;

/// <summary>A clock tests move by hand; timers created on it fire when <see cref="Advance"/> passes their due time.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly Lock gate = new();
    private readonly List<ManualTimer> timers = [];
    private DateTimeOffset now;

    public ManualTimeProvider(DateTimeOffset? start = null)
    {
        now = start ?? new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
            return now;
    }

    /// <summary>Number of timers waiting to fire (lets a test wait until a receiver is really waiting).</summary>
    public int PendingTimers
    {
        get
        {
            lock (gate)
                return timers.Count(timer => timer.DueAt is not null);
        }
    }

    public void Advance(TimeSpan by)
    {
        List<ManualTimer> due;
        lock (gate)
        {
            now += by;
            due = timers.Where(timer => timer.DueAt <= now).ToList();
            foreach (var timer in due)
                timer.Rearm(now);
        }

        foreach (var timer in due)
            timer.Fire();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var fireNow = false;
            lock (owner.gate)
            {
                this.period = period;
                owner.timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    DueAt = null;
                    return true;
                }

                DueAt = owner.now + dueTime;
                owner.timers.Add(this);
                if (dueTime <= TimeSpan.Zero)
                {
                    Rearm(owner.now);
                    fireNow = true;
                }
            }

            if (fireNow)
                Fire();
            return true;
        }

        public void Rearm(DateTimeOffset at)
        {
            if (period == Timeout.InfiniteTimeSpan || period <= TimeSpan.Zero)
            {
                DueAt = null;
                owner.timers.Remove(this);
            }
            else
            {
                DueAt = at + period;
            }
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner.gate)
            {
                DueAt = null;
                owner.timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
