using Logistics.Application.Workflow;
using Microsoft.DurableTask;

namespace Logistics.Application.ValueAdded.Workflow;

/// <summary>One per value-added job: picking of the inputs → processing → completed, or cancelled.</summary>
/// <remarks>
/// <para>
/// The job's inputs are reserved when the owner orders it (see <see cref="ValueAddedIntake"/>), so the instance starts at
/// <see cref="ValueAddedStage.Picking"/>. Like the order flow it is driven by the job document, not by its history: the
/// floor and cancel endpoints commit each change with its stock movements and events, then raise a milestone; every wait
/// also wakes every <see cref="RecheckInterval"/> to read the job again, so a lost event delays the flow but never strands
/// it. After <see cref="WakeupsPerGeneration"/> wake-ups it continues as new. The custom status names the stage.
/// </para>
/// <para>Jobs have no deadline: the owner or ops cancel a job that should not go on.</para>
/// </remarks>
public sealed class ValueAddedJobOrchestrator : TaskOrchestrator<ValueAddedJobInput, string>
{
    /// <summary>How often a wait re-reads the job in case a milestone event was lost.</summary>
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromHours(4);

    /// <summary>Wake-ups of one execution before it continues as new (bounds the history of long waits).</summary>
    public const int WakeupsPerGeneration = 24;

    /// <inheritdoc/>
    public override async Task<string> RunAsync(TaskOrchestrationContext context, ValueAddedJobInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var wait = new MilestoneWait<ValueAddedJobSnapshot>(
            context,
            () => context.CallActivityAsync<ValueAddedJobSnapshot>(nameof(ReadValueAddedJobActivity), input.JobId, Durable.Retry),
            ValueAddedMilestones.JobChanged,
            WakeupsPerGeneration,
            RecheckInterval,
            (state, s) => new ValueAddedStatus(state.Stage, s.Kind, state.WaitingFor, state.Message, s.OpenPickTasks > 0 ? s.OpenPickTasks : null, state.NextCheck));
        ValueAddedJobSnapshot? snapshot = await wait.ReadAsync();
        while (snapshot is not null)
        {
            switch (snapshot.Stage)
            {
                case ValueAddedStage.Picking:
                    snapshot = await wait.UntilAsync(nameof(ValueAddedStage.Picking), ValueAddedMilestones.InputPicked, _ => null, snapshot,
                        s => s.Stage != ValueAddedStage.Picking, note: $"{snapshot.OpenPickTasks} pick tasks open, each confirmed by scan, take the inputs to the processing area");
                    break;
                case ValueAddedStage.Processing:
                    snapshot = await wait.UntilAsync(nameof(ValueAddedStage.Processing), ValueAddedMilestones.WorkCompleted, _ => null, snapshot,
                        s => s.Stage != ValueAddedStage.Processing, note: $"the floor works the inputs and completes the job with its {snapshot.OutputUnits} units");
                    break;
                default:
                    context.SetCustomStatus(new ValueAddedStatus(snapshot.Stage.ToString(), snapshot.Kind, null, Finished(snapshot.Stage)));
                    return snapshot.Stage.ToString();
            }
        }

        // The wake-up budget of this execution is spent: start afresh from the job, keeping events not yet consumed.
        context.ContinueAsNew(input, preserveUnprocessedEvents: true);
        return string.Empty;
    }

    private static string Finished(ValueAddedStage stage) => stage switch
    {
        ValueAddedStage.Completed => "Completed; the inputs are consumed and the outputs are in storage.",
        ValueAddedStage.Cancelled => "Cancelled; the inputs are available again.",
        _ => $"Finished as {stage}.",
    };
}
