using Logistics.Application.Workflow;
using Microsoft.DurableTask;

namespace Logistics.Application.Inbound.Workflow;

/// <summary>
/// One per inbound notice: awaiting arrival → receiving → (owner decisions) → putaway → 944 → Completed.
/// </summary>
/// <remarks>
/// <para>
/// Orchestrator rules (Durable Task): only the context's clock, GUIDs and replay-safe logger; all I/O happens in
/// activities. The state changes themselves are committed by the endpoints that raise the milestone events, so the
/// history holds one event per milestone rather than one per scan.
/// </para>
/// <para>
/// The flow is driven by the notice, not by the history: every step starts from a fresh <see cref="NoticeSnapshot"/>
/// (the first one comes with the input when the intake starts the instance, as the intake committed it), and each wait
/// also wakes every <see cref="RecheckInterval"/> to read it again. A crash between an endpoint's commit
/// and its event raise therefore delays the flow but never strands it, an instance started again for a notice that has
/// moved on (a repair after a crash) jumps to the right stage, and after <see cref="WakeupsPerGeneration"/> wake-ups
/// the instance continues as new so that a long wait does not grow its history without bound. Deadlines only flag the
/// notice as overdue; the wait goes on, because goods that arrive late must still be received.
/// </para>
/// </remarks>
public sealed class InboundNoticeOrchestrator : TaskOrchestrator<InboundNoticeInput, string>
{
    /// <summary>How often a wait re-reads the notice in case a milestone event was lost.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromHours(4);

    /// <summary>Wake-ups of one execution before it continues as new (bounds the history of long waits).</summary>
    public const int WakeupsPerGeneration = 24;

    /// <inheritdoc/>
    public override async Task<string> RunAsync(TaskOrchestrationContext context, InboundNoticeInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var wait = new MilestoneWait<NoticeSnapshot>(
            context,
            () => context.CallActivityAsync<NoticeSnapshot>(nameof(ReadNoticeActivity), input.NoticeId, Durable.Retry),
            InboundMilestones.NoticeChanged,
            WakeupsPerGeneration,
            RecheckInterval,
            (state, s) => new InboundStatus(state.Stage, state.WaitingFor, state.Until, state.Overdue, state.Message,
                state.Stage == "AwaitingDecision" ? s.UndecidedPendingIds : null, s.OpenPutawayTasks > 0 ? s.OpenPutawayTasks : null, state.NextCheck));
        NoticeSnapshot? snapshot = input.Accepted ?? await wait.ReadAsync();
        while (snapshot is not null)
        {
            switch (snapshot.Progress)
            {
                case NoticeProgress.AwaitingArrival:
                    snapshot = await wait.UntilAsync("AwaitingArrival", InboundMilestones.DockArrival, s => s.ArrivalDeadline, snapshot,
                        s => s.Progress != NoticeProgress.AwaitingArrival);
                    break;
                case NoticeProgress.Receiving:
                    snapshot = await wait.UntilAsync("Receiving", InboundMilestones.ReceiptClosed, _ => null, snapshot,
                        s => s.Progress != NoticeProgress.Receiving, note: "the floor closes the receipt, or the scan that completes every line does");
                    break;
                case NoticeProgress.AwaitingDecision:
                    snapshot = await wait.UntilAsync("AwaitingDecision", InboundMilestones.OwnerDecision, s => s.DecisionDeadline, snapshot,
                        s => s.Progress != NoticeProgress.AwaitingDecision);
                    break;
                case NoticeProgress.Putaway when !snapshot.PutawayPlanned:
                    var planned = await context.CallActivityAsync<Putaway.PutawayProgress>(nameof(PlanPutawayActivity), input.NoticeId, Durable.Retry);
                    snapshot = snapshot with { PutawayPlanned = true, OpenPutawayTasks = planned.Open };
                    break;
                case NoticeProgress.Putaway when snapshot.OpenPutawayTasks > 0:
                    snapshot = await wait.UntilAsync("Putaway", InboundMilestones.PutawayConfirmed, _ => null, snapshot,
                        s => s.Progress != NoticeProgress.Putaway || s.OpenPutawayTasks == 0, note: $"{snapshot.OpenPutawayTasks} putaway tasks open, each confirmed by the floor");
                    break;
                case NoticeProgress.Putaway:
                case NoticeProgress.Completed:
                    var receipt = await context.CallActivityAsync<string>(nameof(CompleteNoticeActivity), new CompleteNoticeInput(input.NoticeId, Durable.Now(context)), Durable.Retry);
                    context.SetCustomStatus(new InboundStatus("Completed", null, null, false, $"Completed; receipt advice {receipt} (944) is available."));
                    return receipt;
                case NoticeProgress.Cancelled:
                    context.SetCustomStatus(new InboundStatus("Cancelled", null, null, false, "The notice was cancelled; nothing more will happen."));
                    return "cancelled";
                default:
                    throw new InvalidOperationException($"Notice {input.NoticeId} is in an unknown state {snapshot.Progress}.");
            }
        }

        // The wake-up budget of this execution is spent: start afresh from the notice, keeping events not yet consumed.
        context.ContinueAsNew(input with { Accepted = null }, preserveUnprocessedEvents: true);
        return string.Empty;
    }
}
