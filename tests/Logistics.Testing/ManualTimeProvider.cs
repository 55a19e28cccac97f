namespace Logistics.Testing;

/// <summary>A <see cref="TimeProvider"/> whose clock moves only when a test calls <see cref="Advance"/>; timers fire then.</summary>
/// <remarks>
/// Code under test that waits with <c>Task.Delay(delay, timeProvider)</c> or a <see cref="ITimer"/> wakes exactly when a
/// test advances past the due time, so time-dependent behaviour is tested without sleeping on the wall clock.
/// </remarks>
/// <param name="start">The initial time; by default 2026-11-21 08:00 UTC.</param>
public sealed class ManualTimeProvider(DateTimeOffset? start = null) : TimeProvider
{
    /// <summary>The default start: a fixed instant, so tests never depend on the day they run.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    private readonly Lock _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private readonly List<(int Count, TaskCompletionSource Signal)> _timerWaiters = [];
    private DateTimeOffset _now = start ?? DefaultStart;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Number of timers waiting to fire.</summary>
    public int ActiveTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(t => t.DueAt is not null);
            }
        }
    }

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Completes once at least <paramref name="count"/> timers are waiting (code under test reached its wait).</summary>
    public Task WaitForTimersAsync(int count)
    {
        lock (_gate)
        {
            if (_timers.Count(t => t.DueAt is not null) >= count)
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _timerWaiters.Add((count, signal));
            return signal.Task;
        }
    }

    /// <summary>Moves the clock forward, firing every timer that falls due, in due order.</summary>
    public void Advance(TimeSpan by)
    {
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + by;
        }

        while (true)
        {
            ManualTimer? due;
            lock (_gate)
            {
                due = _timers.Where(t => t.DueAt <= target).MinBy(t => t.DueAt);
                if (due is null)
                {
                    _now = target;
                    return;
                }

                _now = due.DueAt!.Value;
                due.Fired();
            }

            due.Invoke();
        }
    }

    private void Changed()
    {
        List<TaskCompletionSource> ready;
        lock (_gate)
        {
            var active = _timers.Count(t => t.DueAt is not null);
            ready = [.. _timerWaiters.Where(w => w.Count <= active).Select(w => w.Signal)];
            _timerWaiters.RemoveAll(w => w.Count <= active);
        }

        foreach (var signal in ready)
        {
            signal.TrySetResult();
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period = Timeout.InfiniteTimeSpan;

        public DateTimeOffset? DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                _period = period;
                DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : owner._now + dueTime;
            }

            owner.Changed();
            return true;
        }

        public void Fired() => DueAt = _period == Timeout.InfiniteTimeSpan || _period == TimeSpan.Zero ? null : DueAt + _period;

        public void Invoke() => callback(state);

        public void Dispose()
        {
            lock (owner._gate)
            {
                DueAt = null;
            }

            owner.Remove(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
