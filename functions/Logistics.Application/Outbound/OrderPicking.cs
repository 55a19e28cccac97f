using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Outbound.Workflow;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Outbound;
using Logistics.Domain.Owners;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Outbound;

/// <summary>Books pick scans: location, item and lot checked against the task, quantities against the reservation.</summary>
/// <remarks>
/// A pick moves units from storage to the shipping area and lowers the location's pending out by as much. A short pick
/// closes its task: the units not found are released from the order and put on hold at the location (the ledger says
/// they are there, the picker says they are not, so no other order may be sent for them until a count settles it), and
/// the order's next allocation pass looks for them elsewhere, at once.
/// </remarks>
public sealed class OrderPicking(
    OrderRepository orders,
    StockPoster poster,
    ItemCatalog catalog,
    OrderAllocation allocation,
    OrderOrchestrations orchestrations,
    WarehouseLayout layout,
    TimeProvider time)
{
    private const int MaxScanIdLength = 64;
    private const int MaxUnitsPerScan = 100_000;

    /// <summary>Books one scan; a repeated scan id returns the task as it is.</summary>
    /// <exception cref="WarehouseValidationException">The scan is malformed or does not match the task.</exception>
    /// <exception cref="StateConflictException">The order has no open task the scan fits, or is finished.</exception>
    public async Task<PickTaskRecord> RecordAsync(DurableTaskClient client, string orderId, PickScanInput scan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var first = (await orders.GetAsync(orderId, null, cancellationToken)).Value;
        var (sku, lot) = await CheckAsync(first.OwnerId, scan, cancellationToken);
        var (task, booked) = await poster.PostAsync(first.OwnerId, async ct =>
        {
            var read = await orders.GetAsync(orderId, null, ct);
            var order = read.Value;
            if (order.PickTasks.FirstOrDefault(t => t.ScanIds.Contains(scan.ScanId!, StringComparer.Ordinal)) is { } repeated)
            {
                return (StockPosting.None(OrderSteps.Pick(order, scan.ScanId!)), (repeated, false));
            }

            var open = Match(order, scan, sku, lot);
            var picked = open with { Picked = open.Picked + scan.Quantity, ScanIds = [.. open.ScanIds, scan.ScanId!] };
            var closes = scan.Short || picked.Picked == picked.Units;
            picked = closes ? picked with { Status = picked.Picked == picked.Units ? PickTaskRecord.Done : PickTaskRecord.Short } : picked;
            var missing = picked.Units - picked.Picked;
            var now = time.GetUtcNow();
            var owner = OwnerId.Parse(order.OwnerId);
            var itemSku = Sku.Parse(open.Sku);
            var taskLot = open.Lot is null ? null : LotNumber.Parse(open.Lot);
            var location = LocationCode.Parse(open.Location);
            var step = OrderSteps.Pick(order, scan.ScanId!);
            var stepName = OrderSteps.LeafOf(step);
            var movements = new List<StockMovement>();
            if (scan.Quantity > 0)
            {
                movements.AddRange(OutboundMovements.Pick(order.SourceReference, stepName, owner, itemSku, taskLot, location, layout.Shipping, orderId, scan.Quantity, now));
            }

            if (closes && missing > 0)
            {
                var onHand = new StockKey(owner, itemSku, taskLot, location, StockStatus.OnHand);
                movements.Add(OutboundMovements.Release(order.SourceReference, stepName + "-short", owner, itemSku, taskLot, location, missing, now));
                movements.AddRange(StockMovement.Transfer(order.SourceReference, stepName + "-hold", onHand, onHand with { Status = StockStatus.OnHold }, Quantity.Of(missing), MovementType.Adjustment, now));
            }

            var lines = order.Lines.Select(l => l.LineNumber != open.LineNumber ? l : l with
            {
                Allocated = l.Allocated - scan.Quantity - (closes ? missing : 0),
                Picked = l.Picked + scan.Quantity,
            });
            var updated = (order with { Lines = [.. lines], PickTasks = [.. order.PickTasks.Select(t => t.TaskNumber == open.TaskNumber ? picked : t)] }).Staged();
            var pickedEvent = new WarehouseEvent($"{orderId}/pick/{scan.ScanId}", closes && missing > 0 ? EventTypes.ShortPick : EventTypes.Picked, order.OwnerId, orderId, now,
                new { task = open.TaskNumber, line = open.LineNumber, sku = open.Sku, lot = open.Lot, location = open.Location, units = scan.Quantity, missing = closes ? missing : 0 });
            return (new StockPosting(step, movements, batch => batch.Replace(updated, read.ETag).Send(pickedEvent.ToMessage())), (picked, true));
        }, cancellationToken);

        if (booked)
        {
            if (task.Status == PickTaskRecord.Short)
            {
                // Look for the missing units at once, elsewhere: the picker just found this location wrong.
                await allocation.AllocateAsync(first.OwnerId, orderId, cancellationToken, new HashSet<string>(StringComparer.Ordinal) { task.Location });
            }

            await orchestrations.SignalAsync(client, orderId, OrderMilestones.PickConfirmed, new MilestoneEvent($"task {task.TaskNumber}", time.GetUtcNow()), cancellationToken);
        }

        return task;
    }

    // The open task the scan fills: the one named, or the only open one at the location for the item and lot.
    private static PickTaskRecord Match(OrderDocument order, PickScanInput scan, string sku, string? lot)
    {
        if (order.IsFinished || order.CancelledAt is not null)
        {
            throw new StateConflictException($"Order {order.OrderId} is {order.Stage}; it takes no picks.");
        }

        var location = scan.Location!.Trim().ToUpperInvariant();
        var candidates = order.PickTasks.Where(t => t.IsOpen && (scan.TaskNumber is not { } number || t.TaskNumber == number)).ToList();
        if (candidates.Count == 0)
        {
            throw new StateConflictException(scan.TaskNumber is { } n
                ? $"Order {order.OrderId} has no open pick task {n}."
                : $"Order {order.OrderId} has no open pick task.");
        }

        var errors = new List<FieldError>();
        var task = candidates.FirstOrDefault(t => t.Location == location && t.Sku == sku && t.Lot == lot);
        if (task is null)
        {
            var expected = candidates[0];
            if (candidates.All(t => t.Location != location))
            {
                errors.Add(new FieldError("/location", $"Wrong location {location}: the task is at {expected.Location}."));
            }
            else if (candidates.Where(t => t.Location == location).All(t => t.Sku != sku))
            {
                errors.Add(new FieldError("/barcode", $"Wrong item {sku} at {location}: the task is for {expected.Sku}."));
            }
            else
            {
                errors.Add(new FieldError("/lot", $"Wrong lot {lot ?? "(none)"} at {location}: the task is for lot {candidates.First(t => t.Location == location && t.Sku == sku).Lot ?? "(none)"}."));
            }

            throw new WarehouseValidationException(errors);
        }

        if (task.Picked + scan.Quantity > task.Units)
        {
            throw new WarehouseValidationException("/quantity", $"Task {task.TaskNumber} reserves {task.Units} units and {task.Picked} are picked; {scan.Quantity} more would over-pick.");
        }

        return task;
    }

    private async Task<(string Sku, string? Lot)> CheckAsync(string ownerId, PickScanInput scan, CancellationToken cancellationToken)
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

        if (scan.Quantity < 0 || scan.Quantity > MaxUnitsPerScan || (scan.Quantity == 0 && !scan.Short))
        {
            errors.Add(new FieldError("/quantity", $"'quantity' must be between 1 and {MaxUnitsPerScan} (or 0 for a short pick of an empty location), was {scan.Quantity}."));
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
