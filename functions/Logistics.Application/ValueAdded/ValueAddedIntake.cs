using System.Globalization;
using System.Text.Json;
using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Outbound;
using Logistics.Application.ValueAdded.Workflow;
using Logistics.Application.Warehouse;
using Logistics.Domain.Common;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Outbound;
using Logistics.Domain.Owners;
using Logistics.Domain.ValueAdded;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.ValueAdded;

/// <summary>Takes in a value-added job: checks it, reserves its inputs and starts its orchestration.</summary>
/// <remarks>
/// <para>
/// <b>Identity.</b> A job is (owner, job number). The same request again answers the job as it stands and changes
/// nothing; another request under a taken number is a 409, whatever stage the job is in.
/// </para>
/// <para>
/// <b>Stock.</b> The inputs are reserved from available stock in storage when the job is ordered, by the outbound rules
/// (<see cref="StockCandidateReader"/>, <see cref="AllocationPlanner"/>: FEFO for expiry-controlled items, FIFO
/// otherwise; expired lots never), all or nothing: when an input is short the job is refused with a 409 naming each short
/// item, and nothing is stored. A job therefore never waits for stock half-reserved; the owner orders again once the
/// stock is in.
/// </para>
/// </remarks>
public sealed class ValueAddedIntake(
    WarehouseStore store,
    StockPoster poster,
    ItemCatalog catalog,
    StockCandidateReader candidates,
    AllocationGate gate,
    ValueAddedOrchestrations orchestrations,
    BusinessCalendar calendar,
    TimeProvider time)
{
    private const int MaxInstructionsLength = 200;

    /// <summary>Orders the job, or answers the one already ordered under its number.</summary>
    /// <returns>The job and whether this call created it.</returns>
    /// <exception cref="WarehouseValidationException">The request is malformed or names unknown or unsuitable items.</exception>
    /// <exception cref="StateConflictException">The number is taken by another job, or stock does not cover every input.</exception>
    public async Task<(ValueAddedJobDocument Job, bool Created)> OrderAsync(DurableTaskClient client, string ownerId, WorkOrderInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (owner, number, kind, sku, inputSku) = Parse(ownerId, input);
        var jobId = ValueAddedIds.For(owner, number);
        var fingerprint = JsonSerializer.Serialize(new { kind = kind.ToString(), sku = sku.Value, input.Units, inputSku = inputSku?.Value, instructions = input.Instructions?.Trim() });
        var container = await store.ContainerAsync(cancellationToken);
        if (await container.ReadAsync<ValueAddedJobDocument>(ValueAddedJobDocument.IdOf(jobId), ownerId, cancellationToken) is { } existing)
        {
            return (await RepeatAsync(client, existing.Value, fingerprint, cancellationToken), false);
        }

        var recipe = await RecipeAsync(ownerId, kind, sku, inputSku, input.Units!.Value, cancellationToken);
        var source = ValueAddedMovements.SourceOf(owner, number);
        using var entry = await gate.EnterAsync(ownerId, recipe.Inputs.Select(i => i.Sku.Value), cancellationToken);
        var (job, created) = await poster.PostAsync(ownerId, async ct =>
        {
            if (await container.ReadAsync<ValueAddedJobDocument>(ValueAddedJobDocument.IdOf(jobId), ownerId, ct) is { } raced)
            {
                return (StockPosting.None(ValueAddedSteps.Order(source)), (raced.Value, false));
            }

            var now = time.GetUtcNow();
            var step = ValueAddedSteps.Order(source);
            var movements = new List<StockMovement>();
            var tasks = new List<ValueAddedPickTask>();
            var shortages = new List<string>();
            foreach (var (inputItem, units) in recipe.Inputs)
            {
                var item = await catalog.FindAsync(ownerId, inputItem.Value, ct);
                var reservations = AllocationPlanner.Plan(new AllocationDemand(units, item?.ExpiryControlled ?? false), await candidates.ReadAsync(ownerId, inputItem.Value, ct), calendar.Today);
                var free = reservations.Sum(r => r.Units);
                if (free < units)
                {
                    shortages.Add(string.Create(CultureInfo.InvariantCulture, $"{inputItem.Value} needs {units}, {free} available"));
                    continue;
                }

                foreach (var reservation in reservations)
                {
                    movements.Add(ValueAddedMovements.Reserve(source, ValueAddedSteps.LeafOf(step), owner, inputItem, reservation, now));
                    tasks.Add(new ValueAddedPickTask(tasks.Count + 1, inputItem.Value, reservation.Lot?.Value, reservation.Location.Value, reservation.Units));
                }
            }

            if (shortages.Count > 0)
            {
                throw new StateConflictException($"Not enough available stock in storage for job {number.Value}: {string.Join("; ", shortages)}. Nothing was reserved; order the job again once the stock is in.");
            }

            var job = new ValueAddedJobDocument
            {
                Id = ValueAddedJobDocument.IdOf(jobId),
                OwnerId = ownerId,
                JobId = jobId,
                JobNumber = number.Value,
                JobKind = kind,
                Sku = sku.Value,
                Units = input.Units!.Value,
                OutputUnits = recipe.OutputUnits,
                Inputs = [.. recipe.Inputs.Select(i => new ValueAddedInputRecord(i.Sku.Value, i.Units))],
                PickTasks = tasks,
                Stage = ValueAddedStage.Picking,
                Fingerprint = fingerprint,
                Instructions = string.IsNullOrWhiteSpace(input.Instructions) ? null : input.Instructions.Trim(),
                OrderedAt = now,
                SourceReference = source,
            };
            var ordered = new WarehouseEvent($"{jobId}/ordered", EventTypes.ValueAddedWorkOrdered, ownerId, jobId, now,
                new { job = job.JobNumber, kind = ValueAddedPicking.KindText(kind), sku = job.Sku, units = job.Units, inputs = job.Inputs });
            return (new StockPosting(step, movements, batch => batch.Create(job).Send(ordered.ToMessage())), (job, true));
        }, cancellationToken);

        if (!created)
        {
            return (await RepeatAsync(client, job, fingerprint, cancellationToken), false);
        }

        await orchestrations.StartAsync(client, job, cancellationToken);
        return (job, true);
    }

    private async Task<ValueAddedJobDocument> RepeatAsync(DurableTaskClient client, ValueAddedJobDocument job, string fingerprint, CancellationToken cancellationToken)
    {
        if (job.Fingerprint != fingerprint)
        {
            throw new StateConflictException($"Job number {job.JobNumber} is taken by another job ({job.JobKind} of {job.Units} {job.Sku}, {job.Stage}); use a new number.");
        }

        // A crash after the job was stored may have left it without its instance: a repeat starts it.
        await orchestrations.StartAsync(client, job, cancellationToken);
        return job;
    }

    // What the job consumes and produces, from the item master.
    private async Task<JobRecipe> RecipeAsync(string ownerId, ValueAddedKind kind, Sku sku, Sku? inputSku, int units, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var output = await catalog.FindAsync(ownerId, sku.Value, cancellationToken);
        if (output is null)
        {
            errors.Add(new FieldError("/sku", $"Item {sku.Value} is not in your item master."));
        }

        var consumed = inputSku is null ? null : await catalog.FindAsync(ownerId, inputSku.Value, cancellationToken);
        if (inputSku is not null && consumed is null)
        {
            errors.Add(new FieldError("/inputSku", $"Item {inputSku.Value} is not in your item master."));
        }

        if (errors.Count > 0)
        {
            throw new WarehouseValidationException(errors);
        }

        try
        {
            return kind switch
            {
                ValueAddedKind.Kit => JobRecipe.Kit(sku, [.. output!.Components.Select(c => KitComponent.Of(Sku.Parse(c.Sku), c.Units))], units),
                ValueAddedKind.Split => JobRecipe.Split(consumed!.ToItem(), output!.ToItem(), units),
                ValueAddedKind.Repack => JobRecipe.Repack(inputSku!, sku, units),
                _ => JobRecipe.Label(sku, units),
            };
        }
        catch (DomainException ex)
        {
            throw new WarehouseValidationException(kind is ValueAddedKind.Split or ValueAddedKind.Repack ? "/inputSku" : "/sku", ex.Message);
        }
    }

    private static (OwnerId Owner, JobNumber Number, ValueAddedKind Kind, Sku Sku, Sku? InputSku) Parse(string ownerId, WorkOrderInput input)
    {
        var errors = new List<FieldError>();
        var number = Try(errors, "/jobNumber", () => JobNumber.Parse(input.JobNumber));
        ValueAddedKind? kind = input.Kind switch
        {
            "kit" => ValueAddedKind.Kit,
            "split" => ValueAddedKind.Split,
            "repack" => ValueAddedKind.Repack,
            "label" => ValueAddedKind.Label,
            _ => null,
        };
        if (kind is null)
        {
            errors.Add(new FieldError("/kind", $"'kind' must be one of kit, split, repack, label; was '{input.Kind}'."));
        }

        var sku = Try(errors, "/sku", () => Sku.Parse(input.Sku));
        if (input.Units is not { } units || units is < 1 or > JobRecipe.MaxUnits)
        {
            errors.Add(new FieldError("/units", $"'units' is required: kits to build, cases to split, units to repack or label, 1–{JobRecipe.MaxUnits}."));
        }

        Sku? inputSku = null;
        var needsInput = kind is ValueAddedKind.Split or ValueAddedKind.Repack;
        if (needsInput && input.InputSku is null)
        {
            errors.Add(new FieldError("/inputSku", $"A {input.Kind} job names the item it consumes in 'inputSku'."));
        }
        else if (!needsInput && input.InputSku is not null && kind is not null)
        {
            errors.Add(new FieldError("/inputSku", kind == ValueAddedKind.Kit
                ? "A kit job takes its inputs from the kit's bill of materials; leave 'inputSku' out."
                : "A label job consumes the item it labels ('sku'); leave 'inputSku' out."));
        }
        else if (input.InputSku is not null)
        {
            inputSku = Try(errors, "/inputSku", () => Sku.Parse(input.InputSku));
        }

        if (input.Instructions is { Length: > MaxInstructionsLength })
        {
            errors.Add(new FieldError("/instructions", $"'instructions' has at most {MaxInstructionsLength} characters."));
        }

        return errors.Count > 0 ? throw new WarehouseValidationException(errors) : (OwnerId.Parse(ownerId), number!, kind!.Value, sku!, inputSku);
    }

    private static T? Try<T>(List<FieldError> errors, string pointer, Func<T> parse)
        where T : class
    {
        try
        {
            return parse();
        }
        catch (DomainException ex)
        {
            errors.Add(new FieldError(pointer, ex.Message));
            return null;
        }
    }
}
