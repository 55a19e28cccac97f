using Logistics.Orchestration;

namespace Logistics.Application.Inbound.Workflow;

/// <summary>Waits for a milestone, keeping the custom status honest: what is awaited, until when, and whether it is overdue.</summary>
internal sealed class MilestoneWait(TaskOrchestrationContext context, string noticeId)
{
    /// <summary>Waits until <paramref name="reached"/> holds for a fresh snapshot, re-checking on each event and every re-check interval.</summary>
    public async Task<NoticeSnapshot> UntilAsync(
        string stage,
        string milestone,
        DateTimeOffset? deadline,
        Func<NoticeSnapshot, bool> reached,
        Func<NoticeSnapshot, IReadOnlyList<string>>? pending = null,
        string? note = null,
        NoticeSnapshot? current = null)
    {
        var snapshot = current;
        while (true)
        {
            var now = InboundNoticeOrchestrator.Now(context);
            var overdue = deadline is { } due && now >= due;
            var message = deadline is not { } until
                ? $"Waiting for {milestone} (no deadline): {note}."
                : overdue
                    ? $"Overdue: waiting for {milestone}, which was due by {InboundNoticeOrchestrator.Text(until)}."
                    : $"Waiting for {milestone} until {InboundNoticeOrchestrator.Text(until)}.";
            context.SetCustomStatus(new InboundStatus(stage, milestone, deadline, overdue, message,
                snapshot is null ? null : pending?.Invoke(snapshot), snapshot?.OpenPutawayTasks is > 0 ? snapshot.OpenPutawayTasks : null));

            // Wake at the deadline (to flag it) or at the next re-check, whichever comes first.
            var timeout = InboundNoticeOrchestrator.RecheckInterval;
            if (deadline is { } next && !overdue && next - now < timeout)
            {
                timeout = next - now;
            }

            try
            {
                await context.WaitForExternalEvent<MilestoneEvent>(milestone, timeout);
            }
            catch (TimeoutException)
            {
                // A deadline or a re-check: read the notice either way.
            }

            snapshot = await context.CallActivityAsync<NoticeSnapshot>(nameof(ReadNoticeActivity), noticeId);
            if (reached(snapshot))
            {
                return snapshot;
            }
        }
    }
}
