using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
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

/// <summary>Completes a job: consumes its picked inputs, produces its outputs and puts them away to the scanned storage location.</summary>
/// <remarks>
/// <para>
/// One batch holds the job's change, its movements and <see cref="EventTypes.ValueAddedWorkCompleted"/>
/// (<c>{job, kind, units}</c>, units = units produced, which billing rates per job and per unit). A job completes whole:
/// the floor produces the job's output units; a job that cannot be finished is cancelled instead, which restores its inputs.
/// </para>
/// <para>
/// <b>Lots.</b> Kits get a new lot, the job number (upper case, as lots are kept), whose expiry is the earliest expiry of
/// the component lots consumed, so FEFO never ships a kit that outlives a component; its receipt date is the completion.
/// Split, repack and label keep each unit's lot: the output lot of another item takes the input lot's expiry and receipt
/// date (FIFO age) unless that item already knows the lot.
/// </para>
/// </remarks>
public sealed class ValueAddedCompletion(
    WarehouseStore store,
    ValueAddedRepository jobs,
    StockPoster poster,
    ItemCatalog catalog,
    ValueAddedOrchestrations orchestrations,
    OrderOrchestrations orders,
    WarehouseLayout layout,
    TimeProvider time)
{
    /// <summary>Completes the job; completing it again answers it as it is.</summary>
    /// <exception cref="WarehouseValidationException">The location is no storage location fit for the output, or the units are not the job's.</exception>
    /// <exception cref="StateConflictException">The job is still picking, or was cancelled.</exception>
    public async Task<ValueAddedJobDocument> CompleteAsync(DurableTaskClient client, string jobId, ValueAddedCompletionInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var first = (await jobs.GetAsync(jobId, null, cancellationToken)).Value;
        var storage = await CheckAsync(first, input, cancellationToken);
        var container = await store.ContainerAsync(cancellationToken);
        var (job, booked) = await ValueAddedPosting.PostAsync(poster, first.OwnerId, async ct =>
        {
            var read = await jobs.GetAsync(jobId, null, ct);
            var current = read.Value;
            var step = ValueAddedSteps.Complete(current.SourceReference);
            switch (current.Stage)
            {
                case ValueAddedStage.Completed:
                    return (StockPosting.None(step), (current, false));
                case ValueAddedStage.Cancelled:
                    throw new StateConflictException($"Work order {jobId} was cancelled; its inputs are back in storage.");
                case ValueAddedStage.Picking:
                    throw new StateConflictException($"Work order {jobId} has {current.PickTasks.Count(t => t.IsOpen)} pick tasks open; complete it once every input is in the processing area.");
            }

            var now = time.GetUtcNow();
            var owner = OwnerId.Parse(current.OwnerId);
            var leaf = ValueAddedSteps.LeafOf(step);
            var consumed = current.PickTasks.GroupBy(t => (t.Sku, t.Lot)).Select(g => (g.Key.Sku, g.Key.Lot, Units: g.Sum(t => t.Picked))).ToList();
            var movements = new List<StockMovement>();
            var lots = new Dictionary<(string Sku, string Lot), LotDocument>();
            foreach (var (sku, lot, units) in consumed)
            {
                movements.Add(ValueAddedMovements.Consume(current.SourceReference, leaf, owner, Sku.Parse(sku), Lot(lot), layout.Processing, jobId, units, now));
                if (lot is not null && await container.ReadAsync<LotDocument>(LotDocument.IdOf(sku, lot), current.OwnerId, ct) is { } known)
                {
                    lots[(sku, lot)] = known.Value;
                }
            }

            var outputs = current.JobKind == ValueAddedKind.Kit
                ? [new ValueAddedOutputRecord(current.Sku, LotNumber.Parse(current.JobNumber).Value, current.OutputUnits, storage.Value, lots.Values.Min(l => l.Expiry))]
                : consumed.Select(c => new ValueAddedOutputRecord(current.Sku, c.Lot, c.Units, storage.Value, c.Lot is null ? null : lots.GetValueOrDefault((c.Sku, c.Lot))?.Expiry)).ToList();
            var newLots = new List<LotDocument>();
            foreach (var output in outputs)
            {
                movements.AddRange(ValueAddedMovements.Produce(current.SourceReference, leaf, owner, Sku.Parse(output.Sku), Lot(output.Lot), layout.Processing, storage, output.Units, now));
                if (output.Lot is not null && await container.ReadAsync<LotDocument>(LotDocument.IdOf(output.Sku, output.Lot), current.OwnerId, ct) is null)
                {
                    var from = current.JobKind == ValueAddedKind.Kit ? null : lots.GetValueOrDefault((consumed[0].Sku, output.Lot));
                    newLots.Add(new LotDocument
                    {
                        Id = LotDocument.IdOf(output.Sku, output.Lot), OwnerId = current.OwnerId, Sku = output.Sku, Lot = output.Lot,
                        Expiry = output.Expiry, ReceivedAt = from?.ReceivedAt ?? now,
                    });
                }
            }

            var updated = current with { Stage = ValueAddedStage.Completed, CompletedAt = now, Outputs = outputs };
            var completed = new WarehouseEvent($"{jobId}/completed", EventTypes.ValueAddedWorkCompleted, current.OwnerId, jobId, now,
                new { job = current.JobNumber, kind = ValueAddedPicking.KindText(current.JobKind), units = current.OutputUnits, sku = current.Sku, location = storage.Value });
            return (new StockPosting(step, movements, batch =>
            {
                batch.Replace(updated, read.ETag).Send(completed.ToMessage());
                foreach (var lot in newLots)
                {
                    batch.Create(lot);
                }
            }), (updated, true));
        }, cancellationToken);

        if (booked)
        {
            var signal = new MilestoneEvent($"completed {job.OutputUnits} units", time.GetUtcNow());
            await orchestrations.SignalAsync(client, job, ValueAddedMilestones.WorkCompleted, signal, cancellationToken);
            await orders.StockArrivedAsync(client, job.OwnerId, job.Sku, signal, cancellationToken);
        }

        return job;
    }

    private static LocationCode? ParseLocation(string? text)
    {
        try
        {
            return LocationCode.Parse(text);
        }
        catch (Domain.Common.DomainException)
        {
            return null;
        }
    }

    private static LotNumber? Lot(string? lot) => lot is null ? null : LotNumber.Parse(lot);

    // The storage location the outputs go to: scanned, in storage, fit for the output's handling.
    private async Task<LocationCode> CheckAsync(ValueAddedJobDocument job, ValueAddedCompletionInput input, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var code = ParseLocation(input.Location);
        if (code is null || layout.Find(code) is not { Zone: Zone.Storage } location)
        {
            errors.Add(new FieldError("/location", $"'location' is required: the scanned storage location the outputs are put away to; '{input.Location}' is none."));
        }
        else if (await catalog.FindAsync(job.OwnerId, job.Sku, cancellationToken) is { } item && !location.Accepts(item.Handling))
        {
            errors.Add(new FieldError("/location", $"Location {code!.Value} does not allow the handling item {job.Sku} needs ({item.Handling})."));
        }

        if (input.Units is { } units && units != job.OutputUnits)
        {
            errors.Add(new FieldError("/units", $"Work order {job.JobId} produces {job.OutputUnits} units, not {units}; a job completes whole (cancel it to restore its inputs)."));
        }

        return errors.Count > 0 ? throw new WarehouseValidationException(errors) : code!;
    }
}
