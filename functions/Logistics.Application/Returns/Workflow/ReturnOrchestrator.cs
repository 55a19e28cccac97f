using Logistics.Application.Workflow;
using Microsoft.DurableTask;

namespace Logistics.Application.Returns.Workflow;

/// <summary>
/// One per return: awaiting arrival → receiving → inspection and disposition per part (held parts wait for the owner
/// until their deadline, then their default action applies) → handover of the supplier's goods → advice → Completed.
/// </summary>
/// <remarks>
/// Built like the inbound orchestration (<see cref="Inbound.Workflow.InboundNoticeOrchestrator"/>): the endpoints commit
/// every state change and raise a milestone, the orchestration reads the return afresh after each wake-up (an event, a
/// deadline, or the periodic re-check), so a lost event delays but never strands it, and it continues as new after
/// <see cref="WakeupsPerGeneration"/> wake-ups. The only change it makes itself is the held parts' default action, by a
/// durable timer at the earliest deadline, and the advice at the end; both are activities and idempotent.
/// </remarks>
public sealed class ReturnOrchestrator : TaskOrchestrator<ReturnInput, string>
{
    /// <summary>How often a wait re-reads the return in case a milestone event was lost.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromHours(4);

    /// <summary>Wake-ups of one execution before it continues as new (bounds the history of long waits).</summary>
    public const int WakeupsPerGeneration = 24;

    /// <inheritdoc/>
    public override async Task<string> RunAsync(TaskOrchestrationContext context, ReturnInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var wait = new MilestoneWait<ReturnSnapshot>(
            context,
            () => context.CallActivityAsync<ReturnSnapshot>(nameof(ReadReturnActivity), input.ReturnId, Durable.Retry),
            ReturnMilestones.ReturnChanged,
            WakeupsPerGeneration,
            RecheckInterval,
            (state, s) => new ReturnStatus(state.Stage, state.WaitingFor, state.Until, state.Overdue, state.Message,
                s.HeldPartIds.Count > 0 ? s.HeldPartIds : null, state.NextCheck));
        var snapshot = input.Accepted ?? await wait.ReadAsync();
        while (snapshot is not null)
        {
            switch (snapshot.Progress)
            {
                case ReturnProgress.AwaitingArrival:
                    snapshot = await wait.UntilAsync("AwaitingArrival", ReturnMilestones.ReturnArrived, s => s.ArrivalDeadline, snapshot,
                        s => s.Progress != ReturnProgress.AwaitingArrival,
                        note: snapshot.Pickup ? "the center collects the goods at the pickup address" : "the goods reach the returns area");
                    break;
                case ReturnProgress.Receiving:
                    snapshot = await wait.UntilAsync("Receiving", ReturnMilestones.ReceiptClosed, _ => null, snapshot,
                        s => s.Progress != ReturnProgress.Receiving, note: "the floor scans the goods and closes the receipt");
                    break;
                case ReturnProgress.Inspection or ReturnProgress.AwaitingOwner or ReturnProgress.AwaitingHandover:
                    var now = Durable.Now(context);
                    if (snapshot.HoldDeadline is { } due && now >= due)
                    {
                        snapshot = await context.CallActivityAsync<ReturnSnapshot>(nameof(ApplyReturnDefaultsActivity), new ReturnDefaultsInput(input.ReturnId, now), Durable.Retry);
                        break;
                    }

                    var (milestone, note) = snapshot.Progress switch
                    {
                        ReturnProgress.Inspection => (ReturnMilestones.PartDisposed, $"{snapshot.UninspectedParts} parts await inspection by the floor"),
                        ReturnProgress.AwaitingOwner => (ReturnMilestones.OwnerDecision, $"the owner decides on {string.Join(", ", snapshot.HeldPartIds)}"),
                        _ => (ReturnMilestones.SupplierHandover, $"{snapshot.AwaitingHandover} parts for the supplier await the carrier"),
                    };
                    snapshot = await wait.NextAsync(snapshot.Progress.ToString(), milestone, snapshot.HoldDeadline, snapshot, note);
                    break;
                case ReturnProgress.Disposed:
                case ReturnProgress.Completed:
                    var number = await context.CallActivityAsync<string>(nameof(CompleteReturnActivity), new CompleteReturnInput(input.ReturnId, Durable.Now(context)), Durable.Retry);
                    context.SetCustomStatus(new ReturnStatus("Completed", null, null, false, $"Completed; the return advice for {number} is available."));
                    return number;
                case ReturnProgress.Cancelled:
                    context.SetCustomStatus(new ReturnStatus("Cancelled", null, null, false, "The return was cancelled; nothing more will happen."));
                    return "cancelled";
                default:
                    throw new InvalidOperationException($"Return {input.ReturnId} is in an unknown state {snapshot.Progress}.");
            }
        }

        // The wake-up budget of this execution is spent: start afresh from the return, keeping events not yet consumed.
        context.ContinueAsNew(input with { Accepted = null }, preserveUnprocessedEvents: true);
        return string.Empty;
    }
}
