using System.Globalization;
using Logistics.Application.Inbound.Putaway;
using Logistics.Orchestration;

namespace Logistics.Application.Inbound.Workflow;

/// <summary>
/// One per inbound notice: awaiting arrival → receiving → (owner decisions) → putaway → 944 → Completed.
/// </summary>
/// <remarks>
/// Orchestrator rules: only the context's clock is used, all I/O happens in activities, and the state changes
/// themselves are committed by the endpoints that raise the milestone events, so the history holds one event per
/// milestone rather than one per scan. Each wait also wakes every <see cref="RecheckInterval"/> and re-reads the notice:
/// a crash between an endpoint's commit and its event raise therefore delays the flow but never strands it. Deadlines
/// only flag the notice as overdue; the wait goes on, because goods that arrive late must still be received.
/// </remarks>
public sealed class InboundNoticeOrchestrator : TaskOrchestrator<InboundNoticeInput, string>
{
    /// <summary>How often a wait re-reads the notice in case a milestone event was lost.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromHours(4);

    /// <inheritdoc/>
    public override async Task<string> RunAsync(TaskOrchestrationContext context, InboundNoticeInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var wait = new MilestoneWait(context, input.NoticeId);
        var snapshot = await wait.UntilAsync("AwaitingArrival", InboundMilestones.DockArrival, input.ArrivalDeadline, s => s.Progress != NoticeProgress.AwaitingArrival);
        if (snapshot.ClosedAt is null)
        {
            snapshot = await wait.UntilAsync("Receiving", InboundMilestones.ReceiptClosed, null, s => s.ClosedAt is not null,
                note: "the floor closes the receipt, or the scan that completes every line does");
        }

        if (snapshot.UndecidedPendingIds.Count > 0)
        {
            var deadline = (snapshot.ClosedAt ?? Now(context)) + input.DecisionWindow;
            await wait.UntilAsync("AwaitingDecision", InboundMilestones.OwnerDecision, deadline, s => s.UndecidedPendingIds.Count == 0, s => s.UndecidedPendingIds, current: snapshot);
        }

        var planned = await context.CallActivityAsync<PutawayProgress>(nameof(PlanPutawayActivity), input.NoticeId);
        if (planned.Open > 0)
        {
            await wait.UntilAsync("Putaway", InboundMilestones.PutawayConfirmed, null, s => s.OpenPutawayTasks == 0,
                note: $"{planned.Total} putaway tasks planned, each confirmed by the floor", current: snapshot with { OpenPutawayTasks = planned.Open });
        }

        var receipt = await context.CallActivityAsync<string>(nameof(CompleteNoticeActivity), new CompleteNoticeInput(input.NoticeId, Now(context)));
        context.SetCustomStatus(new InboundStatus("Completed", null, null, false, $"Completed; receipt advice {receipt} (944) is available."));
        return receipt;
    }

    internal static DateTimeOffset Now(TaskOrchestrationContext context) => new(context.CurrentUtcDateTime, TimeSpan.Zero);

    internal static string Text(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
