using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Outbound.Workflow;
using Logistics.Application.ValueAdded.Workflow;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;
using Logistics.Domain.ValueAdded;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.ValueAdded;

/// <summary>Cancels a job before completion and makes its inputs available again.</summary>
/// <remarks>
/// <para>
/// What is still reserved is released at its storage location; what was picked ("halfway": the inputs are in the
/// processing area) goes back from pending processing to on hand at the storage location it was picked from, with the
/// same lot. So the owner's available stock after the cancellation is what it was before the job, location by location.
/// One batch holds the job's change, these movements and <see cref="EventTypes.ValueAddedWorkCancelled"/>
/// (<c>{job, kind, restoredUnits, releasedUnits, reason, by, inputs}</c>).
/// </para>
/// <para>
/// Completion and cancellation both rewrite the job under its ETag in the batch of their movements, so when they race
/// exactly one wins and the other, rebuilt on the fresh job, refuses with a 409 (or, for a second cancellation, answers
/// the cancelled job unchanged).
/// </para>
/// </remarks>
public sealed class ValueAddedCancellation(
    ValueAddedRepository jobs,
    StockPoster poster,
    ValueAddedOrchestrations orchestrations,
    OrderOrchestrations orders,
    WarehouseLayout layout,
    TimeProvider time)
{
    private const int MaxReasonLength = 200;

    /// <summary>Cancels the job; cancelling it again answers it as it is.</summary>
    /// <param name="client">The Durable client (to wake the job's orchestration).</param>
    /// <param name="jobId">The job.</param>
    /// <param name="publisherId">The owner cancelling, or null when ops cancel.</param>
    /// <param name="input">The reason, if given.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ResourceNotFoundException">No such job (of this publisher).</exception>
    /// <exception cref="StateConflictException">The job is completed.</exception>
    public async Task<ValueAddedJobDocument> CancelAsync(DurableTaskClient client, string jobId, string? publisherId, ValueAddedCancelInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Reason is { Length: > MaxReasonLength })
        {
            throw new WarehouseValidationException("/reason", $"'reason' has at most {MaxReasonLength} characters.");
        }

        var by = publisherId is null ? "ops" : "owner";
        var reason = string.IsNullOrWhiteSpace(input.Reason) ? null : input.Reason.Trim();
        var first = (await jobs.GetAsync(jobId, publisherId, cancellationToken)).Value;
        var (job, booked) = await ValueAddedPosting.PostAsync(poster, first.OwnerId, async ct =>
        {
            var read = await jobs.GetAsync(jobId, publisherId, ct);
            var current = read.Value;
            var step = ValueAddedSteps.Cancel(current.SourceReference);
            switch (current.Stage)
            {
                case ValueAddedStage.Cancelled:
                    return (StockPosting.None(step), (current, false));
                case ValueAddedStage.Completed:
                    throw new StateConflictException($"Work order {jobId} is completed; its inputs are consumed and cannot be restored.");
            }

            var now = time.GetUtcNow();
            var owner = OwnerId.Parse(current.OwnerId);
            var leaf = ValueAddedSteps.LeafOf(step);
            var movements = new List<StockMovement>();
            foreach (var task in current.PickTasks)
            {
                var sku = Sku.Parse(task.Sku);
                var lot = task.Lot is null ? null : LotNumber.Parse(task.Lot);
                var location = LocationCode.Parse(task.Location);
                if (task.Units > task.Picked)
                {
                    movements.Add(ValueAddedMovements.Release(current.SourceReference, leaf, owner, sku, lot, location, task.Units - task.Picked, now));
                }

                if (task.Picked > 0)
                {
                    movements.AddRange(ValueAddedMovements.Restore(current.SourceReference, leaf, owner, sku, lot, layout.Processing, jobId, location, task.Picked, now));
                }
            }

            var restored = current.PickTasks.Sum(t => t.Picked);
            var released = current.PickTasks.Sum(t => t.Units - t.Picked);
            var updated = current with
            {
                Stage = ValueAddedStage.Cancelled,
                CancelledAt = now,
                CancelReason = reason is null ? by : $"{by}: {reason}",
                PickTasks = [.. current.PickTasks.Select(t => t with { Restored = t.Picked })],
            };
            var cancelled = new WarehouseEvent($"{jobId}/cancelled", EventTypes.ValueAddedWorkCancelled, current.OwnerId, jobId, now,
                new { job = current.JobNumber, kind = ValueAddedPicking.KindText(current.JobKind), restoredUnits = restored, releasedUnits = released, reason, by, inputs = current.Inputs });
            return (new StockPosting(step, movements, batch => batch.Replace(updated, read.ETag).Send(cancelled.ToMessage())), (updated, true));
        }, cancellationToken);

        if (booked)
        {
            var signal = new MilestoneEvent($"cancelled by {by}", time.GetUtcNow());
            await orchestrations.SignalAsync(client, job, ValueAddedMilestones.JobChanged, signal, cancellationToken);
            foreach (var sku in job.Inputs.Select(i => i.Sku))
            {
                await orders.StockArrivedAsync(client, job.OwnerId, sku, signal, cancellationToken);
            }
        }

        return job;
    }
}
