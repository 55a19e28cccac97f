using System.Text.Json;
using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.ValueAdded.Workflow;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;
using Logistics.Domain.ValueAdded;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.ValueAdded;

/// <summary>Books the floor's pick scans of a job's inputs: location, item and lot checked against the task, quantities against the reservation.</summary>
/// <remarks>
/// A pick moves units from storage on hand to pending processing in the processing area, held for the job, and lowers
/// the location's reservation by as much. The pick that brings the last input there moves the job to
/// <see cref="ValueAddedStage.Processing"/> and publishes <see cref="EventTypes.ValueAddedWorkStarted"/> in its batch. A
/// picker who does not find the units leaves the task open; the job is then cancelled (which restores what was picked).
/// </remarks>
public sealed class ValueAddedPicking(
    ValueAddedRepository jobs,
    StockPoster poster,
    ItemCatalog catalog,
    ValueAddedOrchestrations orchestrations,
    WarehouseLayout layout,
    TimeProvider time)
{
    private const int MaxScanIdLength = 64;

    /// <summary>Books one scan; a repeated scan id returns the job as it is.</summary>
    /// <exception cref="WarehouseValidationException">The scan is malformed or does not match the task.</exception>
    /// <exception cref="StateConflictException">The job has no open task the scan fits, or is past picking.</exception>
    public async Task<ValueAddedJobDocument> PickAsync(DurableTaskClient client, string jobId, ValueAddedPickInput scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var first = (await jobs.GetAsync(jobId, null, cancellationToken)).Value;
        var (sku, lot) = await CheckAsync(first.OwnerId, scan, cancellationToken);
        var (job, booked) = await ValueAddedPosting.PostAsync(poster, first.OwnerId, async ct =>
        {
            var read = await jobs.GetAsync(jobId, null, ct);
            var current = read.Value;
            var step = ValueAddedSteps.Pick(current.SourceReference, scan.ScanId!);
            if (current.PickTasks.Any(t => t.ScanIds.Contains(scan.ScanId!, StringComparer.Ordinal)))
            {
                return (StockPosting.None(step), (current, false));
            }

            var task = Match(current, scan, sku, lot);
            var now = time.GetUtcNow();
            var movements = ValueAddedMovements.Pick(current.SourceReference, ValueAddedSteps.LeafOf(step), OwnerId.Parse(current.OwnerId), Sku.Parse(task.Sku),
                task.Lot is null ? null : LotNumber.Parse(task.Lot), LocationCode.Parse(task.Location), layout.Processing, jobId, scan.Quantity, now);
            var picked = task with { Picked = task.Picked + scan.Quantity, ScanIds = [.. task.ScanIds, scan.ScanId!] };
            var tasks = current.PickTasks.Select(t => t.TaskNumber == task.TaskNumber ? picked : t).ToList();
            var started = tasks.All(t => !t.IsOpen);
            var updated = current with
            {
                PickTasks = tasks,
                Stage = started ? ValueAddedStage.Processing : ValueAddedStage.Picking,
                StartedAt = started ? now : null,
            };
            WarehouseEvent? startedEvent = started
                ? new WarehouseEvent($"{jobId}/started", EventTypes.ValueAddedWorkStarted, current.OwnerId, jobId, now, new
                {
                    job = current.JobNumber,
                    kind = KindText(current.JobKind),
                    inputs = tasks.GroupBy(t => (t.Sku, t.Lot)).Select(g => new { sku = g.Key.Sku, lot = g.Key.Lot, units = g.Sum(t => t.Picked) }).ToList(),
                })
                : null;
            return (new StockPosting(step, movements, batch =>
            {
                batch.Replace(updated, read.ETag);
                if (startedEvent is not null)
                {
                    batch.Send(startedEvent.ToMessage());
                }
            }), (updated, true));
        }, cancellationToken);

        if (booked)
        {
            await orchestrations.SignalAsync(client, job, ValueAddedMilestones.InputPicked, new MilestoneEvent($"scan {scan.ScanId}", time.GetUtcNow()), cancellationToken);
        }

        return job;
    }

    /// <summary>The kind as events and views spell it (camelCase).</summary>
    public static string KindText(ValueAddedKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    // The open task the scan fills: the one named, or the only open one at the location for the item and lot.
    private static ValueAddedPickTask Match(ValueAddedJobDocument job, ValueAddedPickInput scan, string sku, string? lot)
    {
        if (job.Stage != ValueAddedStage.Picking)
        {
            throw new StateConflictException($"Work order {job.JobId} is {job.Stage}; it takes no picks.");
        }

        var location = scan.Location!.Trim().ToUpperInvariant();
        var candidates = job.PickTasks.Where(t => t.IsOpen && (scan.TaskNumber is not { } number || t.TaskNumber == number)).ToList();
        if (candidates.Count == 0)
        {
            throw new StateConflictException($"Work order {job.JobId} has no open pick task{(scan.TaskNumber is { } n ? " " + n : string.Empty)}.");
        }

        var task = candidates.FirstOrDefault(t => t.Location == location && t.Sku == sku && t.Lot == lot);
        if (task is null)
        {
            var expected = candidates[0];
            throw candidates.All(t => t.Location != location)
                ? new WarehouseValidationException("/location", $"Wrong location {location}: the task is at {expected.Location}.")
                : candidates.Where(t => t.Location == location).All(t => t.Sku != sku)
                    ? new WarehouseValidationException("/barcode", $"Wrong item {sku} at {location}: the task is for {expected.Sku}.")
                    : new WarehouseValidationException("/lot", $"Wrong lot {lot ?? "(none)"} at {location}: the task is for lot {candidates.First(t => t.Location == location && t.Sku == sku).Lot ?? "(none)"}.");
        }

        return task.Picked + scan.Quantity > task.Units
            ? throw new WarehouseValidationException("/quantity", $"Task {task.TaskNumber} reserves {task.Units} units and {task.Picked} are picked; {scan.Quantity} more would over-pick.")
            : task;
    }

    private async Task<(string Sku, string? Lot)> CheckAsync(string ownerId, ValueAddedPickInput scan, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(scan.ScanId) || scan.ScanId.Length > MaxScanIdLength)
        {
            errors.Add(new FieldError("/scanId", $"'scanId' is required: the device's own id of this scan, 1–{MaxScanIdLength} characters."));
        }

        if (string.IsNullOrWhiteSpace(scan.Location))
        {
            errors.Add(new FieldError("/location", "'location' is required: the scanned location label."));
        }

        if (scan.Quantity is < 1 or > JobRecipe.MaxUnits)
        {
            errors.Add(new FieldError("/quantity", $"'quantity' must be between 1 and {JobRecipe.MaxUnits}, was {scan.Quantity}."));
        }

        LotNumber? lot = null;
        if (scan.Lot is not null && !LotNumber.TryParse(scan.Lot, out lot, out var lotError))
        {
            errors.Add(new FieldError("/lot", lotError!));
        }

        var sku = await catalog.ScannedSkuAsync(ownerId, scan.Barcode, scan.Sku, errors, cancellationToken);

        return errors.Count > 0 ? throw new WarehouseValidationException(errors) : (sku!, lot?.Value);
    }
}
