using Microsoft.DurableTask;

namespace Logistics.Application.Inbound.Workflow;

/// <summary>
/// Waits for milestones of one notice, keeping the custom status honest: what is awaited, until when, and whether it is
/// overdue. One instance per orchestration execution.
/// </summary>
/// <remarks>
/// Each milestone has exactly one pending event task for the whole execution, raced against a durable timer. A wait
/// with a timeout (<c>WaitForExternalEvent(name, timeout)</c>) would leave a cancelled waiter behind that can swallow
/// the next event of the same name, and it signals the timeout with <see cref="TaskCanceledException"/>; a race keeps
/// every raised event for the waiter that reads it.
/// </remarks>
internal sealed class MilestoneWait(TaskOrchestrationContext context, string noticeId, int wakeupBudget)
{
    private readonly Dictionary<string, Task<MilestoneEvent>> _pending = new(StringComparer.Ordinal);
    private int _wakeups;

    /// <summary>Reads the notice's current state through <see cref="ReadNoticeActivity"/>.</summary>
    public Task<NoticeSnapshot> ReadAsync() =>
        context.CallActivityAsync<NoticeSnapshot>(nameof(ReadNoticeActivity), noticeId, InboundNoticeOrchestrator.Retry);

    /// <summary>
    /// Waits until <paramref name="reached"/> holds for a fresh snapshot, reading it again on each event and on each
    /// timer (the deadline, or the re-check interval).
    /// </summary>
    /// <returns>The snapshot that reached the milestone, or null once this execution's wake-up budget is spent.</returns>
    public async Task<NoticeSnapshot?> UntilAsync(
        string stage,
        string milestone,
        Func<NoticeSnapshot, DateTimeOffset?> deadlineOf,
        NoticeSnapshot current,
        Func<NoticeSnapshot, bool> reached,
        Func<NoticeSnapshot, IReadOnlyList<string>>? pending = null,
        string? note = null)
    {
        var snapshot = current;
        while (!reached(snapshot))
        {
            if (_wakeups++ >= wakeupBudget)
            {
                return null;
            }

            var now = InboundNoticeOrchestrator.Now(context);
            var deadline = deadlineOf(snapshot);
            var overdue = deadline is { } due && now >= due;
            var message = deadline is not { } until
                ? $"Waiting for {milestone} (no deadline): {note}."
                : overdue
                    ? $"Overdue: waiting for {milestone}, which was due by {InboundNoticeOrchestrator.Text(until)}."
                    : $"Waiting for {milestone} until {InboundNoticeOrchestrator.Text(until)}.";

            // Wake at the deadline (to flag it) or at the next re-check, whichever comes first.
            var wakeAt = now + InboundNoticeOrchestrator.RecheckInterval;
            if (deadline is { } next && !overdue && next < wakeAt)
            {
                wakeAt = next;
            }

            context.SetCustomStatus(new InboundStatus(stage, milestone, deadline, overdue, message,
                pending?.Invoke(snapshot), snapshot.OpenPutawayTasks > 0 ? snapshot.OpenPutawayTasks : null, wakeAt));

            if (!_pending.TryGetValue(milestone, out var milestoneEvent))
            {
                milestoneEvent = context.WaitForExternalEvent<MilestoneEvent>(milestone);
                _pending[milestone] = milestoneEvent;
            }

            // A replacement or cancellation by the owner wakes every wait: the notice's deadline or progress changed.
            if (!_pending.TryGetValue(InboundMilestones.NoticeChanged, out var changed))
            {
                changed = context.WaitForExternalEvent<MilestoneEvent>(InboundMilestones.NoticeChanged);
                _pending[InboundMilestones.NoticeChanged] = changed;
            }

            using (var timerCancellation = new CancellationTokenSource())
            {
                var timer = context.CreateTimer(wakeAt.UtcDateTime, timerCancellation.Token);
                var woke = await Task.WhenAny(milestoneEvent, changed, timer);
                if (woke != timer)
                {
                    // Consumed: the next wait for this event needs a new event task. The timer is no longer needed.
                    // Cancel synchronously: CancelAsync completes on the thread pool, and an orchestrator may only await
                    // durable tasks, so awaiting it would stall the episode.
                    _pending.Remove(woke == milestoneEvent ? milestone : InboundMilestones.NoticeChanged);
                    timerCancellation.Cancel();
                }
            }

            snapshot = await ReadAsync();
        }

        return snapshot;
    }
}
