using Microsoft.DurableTask;

namespace Logistics.Application.Workflow;

/// <summary>
/// Waits for milestones of one business document (a notice, an order), keeping the custom status honest: what is
/// awaited, until when, and whether it is overdue. One instance per orchestration execution.
/// </summary>
/// <typeparam name="TSnapshot">What the orchestration reads of its document.</typeparam>
/// <remarks>
/// Each milestone has exactly one pending event task for the whole execution, raced against a durable timer. A wait
/// with a timeout (<c>WaitForExternalEvent(name, timeout)</c>) would leave a cancelled waiter behind that can swallow
/// the next event of the same name, and it signals the timeout with <see cref="TaskCanceledException"/>; a race keeps
/// every raised event for the waiter that reads it.
/// </remarks>
/// <param name="context">The orchestration.</param>
/// <param name="read">Reads a fresh snapshot (an activity call).</param>
/// <param name="changedEvent">The event that wakes every wait: the owner replaced or cancelled the document.</param>
/// <param name="wakeupBudget">Wake-ups of this execution before <see cref="UntilAsync"/> gives up (the caller then continues as new).</param>
/// <param name="recheckInterval">How often a wait reads the document again in case a milestone event was lost.</param>
/// <param name="describe">The custom status of a wait.</param>
internal sealed class MilestoneWait<TSnapshot>(
    TaskOrchestrationContext context,
    Func<Task<TSnapshot>> read,
    string changedEvent,
    int wakeupBudget,
    TimeSpan recheckInterval,
    Func<WaitState, TSnapshot, object> describe)
{
    private readonly Dictionary<string, Task<MilestoneEvent>> _pending = new(StringComparer.Ordinal);
    private int _wakeups;

    /// <summary>Reads a fresh snapshot.</summary>
    public Task<TSnapshot> ReadAsync() => read();

    /// <summary>
    /// Waits until <paramref name="reached"/> holds for a fresh snapshot, reading it again on each event and on each
    /// timer (the deadline, or the re-check interval).
    /// </summary>
    /// <returns>The snapshot that reached the milestone, or null once this execution's wake-up budget is spent.</returns>
    public async Task<TSnapshot?> UntilAsync(
        string stage, string milestone, Func<TSnapshot, DateTimeOffset?> deadlineOf, TSnapshot current, Func<TSnapshot, bool> reached, string? note = null)
    {
        var snapshot = current;
        while (!reached(snapshot))
        {
            if (await NextAsync(stage, milestone, deadlineOf(snapshot), snapshot, note) is not { } next)
            {
                return default;
            }

            snapshot = next;
        }

        return snapshot;
    }

    /// <summary>
    /// Waits for one wake-up (the milestone, a change, the deadline or the re-check, sooner than usual when
    /// <paramref name="recheck"/> says so) and reads a fresh snapshot.
    /// </summary>
    /// <returns>The fresh snapshot, or null once this execution's wake-up budget is spent.</returns>
    public async Task<TSnapshot?> NextAsync(string stage, string milestone, DateTimeOffset? deadline, TSnapshot snapshot, string? note = null, TimeSpan? recheck = null)
    {
        if (_wakeups++ >= wakeupBudget)
        {
            return default;
        }

        var now = Durable.Now(context);
        var overdue = deadline is { } due && now >= due;
        var message = deadline is not { } until
            ? $"Waiting for {milestone} (no deadline): {note}."
            : overdue
                ? $"Overdue: waiting for {milestone}, which was due by {Durable.Text(until)}."
                : $"Waiting for {milestone} until {Durable.Text(until)}.";

        // Wake at the deadline (to flag it) or at the next re-check, whichever comes first.
        var wakeAt = now + (recheck ?? recheckInterval);
        if (deadline is { } next && !overdue && next < wakeAt)
        {
            wakeAt = next;
        }

        context.SetCustomStatus(describe(new WaitState(stage, milestone, deadline, overdue, message, wakeAt), snapshot));

        var milestoneEvent = Pending(milestone);
        var changed = Pending(changedEvent);
        using (var timerCancellation = new CancellationTokenSource())
        {
            var timer = context.CreateTimer(wakeAt.UtcDateTime, timerCancellation.Token);
            var woke = await Task.WhenAny(milestoneEvent, changed, timer);
            if (woke != timer)
            {
                // Consumed: the next wait for this event needs a new event task. The timer is no longer needed.
                // Cancel synchronously: CancelAsync completes on the thread pool, and an orchestrator may only await
                // durable tasks, so awaiting it would stall the episode.
                _pending.Remove(woke == milestoneEvent ? milestone : changedEvent);
                timerCancellation.Cancel();
            }
        }

        return await read();
    }

    private Task<MilestoneEvent> Pending(string name)
    {
        if (!_pending.TryGetValue(name, out var waiting))
        {
            waiting = context.WaitForExternalEvent<MilestoneEvent>(name);
            _pending[name] = waiting;
        }

        return waiting;
    }
}
