using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Returns.Workflow;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Owners;
using Logistics.Domain.Returns;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Returns;

/// <summary>
/// The floor's receipt of a return: arrival at the returns area, scans per unit or batch (each booked at once into the
/// returns area, idempotent on the device's scan id) and the close, which splits the goods into parts against the
/// announcement, holds over-returns for the owner and applies the dispositions the notice requested.
/// </summary>
public sealed partial class ReturnReceiving(
    WarehouseStore store,
    ReturnRepository returns,
    ItemCatalog catalog,
    StockPoster poster,
    ReturnOrchestrations orchestrations,
    ReturnDispositions dispositions,
    WarehouseLayout layout,
    TimeProvider time)
{
    /// <summary>Units one scan may count.</summary>
    public const int MaxUnitsPerScan = 1_000_000;

    /// <summary>Units all scans of one return may count together.</summary>
    public const long MaxUnitsPerReturn = 100_000_000;

    /// <summary>Records the arrival at the returns area (a repeat is harmless), with the parcel count when the floor gives one.</summary>
    /// <exception cref="StateConflictException">The return is cancelled, or its orchestration was terminated.</exception>
    public async Task<ReturnProgress> RecordArrivalAsync(DurableTaskClient client, string returnId, int? parcels, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        while (true)
        {
            var read = await returns.GetAsync(returnId, null, cancellationToken);
            if (read.Value.Progress == ReturnProgress.Cancelled)
            {
                throw new StateConflictException($"Return {returnId} was cancelled ({read.Value.CancelReason}).");
            }

            if (read.Value.Progress != ReturnProgress.AwaitingArrival)
            {
                return read.Value.Progress;
            }

            await orchestrations.RequireActiveAsync(client, read.Value, cancellationToken);
            var now = time.GetUtcNow();
            var updated = read.Value with { ArrivedAt = now, Parcels = parcels, Progress = ReturnProgress.Receiving };
            var batch = container.CreateBatch(updated.OwnerId).Replace(updated, read.ETag)
                .Send(new WarehouseEvent($"{returnId}/arrived", EventTypes.ReturnArrived, updated.OwnerId, returnId, now,
                    new { location = layout.Returns.Value, parcels, collected = updated.Pickup is not null }).ToMessage());
            if (await TryExecuteAsync(batch, cancellationToken))
            {
                await orchestrations.SignalAsync(client, returnId, ReturnMilestones.ReturnArrived, new MilestoneEvent("arrived", now), cancellationToken);
                return updated.Progress;
            }
        }
    }

    /// <summary>
    /// Records a scan and books its units into the returns area in one posting with the scan document (whose id makes a
    /// resend harmless) and the return's totals. A failed delivery's units come back from its in-transit stock, as far
    /// as the shipment carried them; anything beyond arrives from outside, like an owner's return.
    /// </summary>
    /// <exception cref="WarehouseValidationException">The scan is malformed, names an item not in the owner's item master, or lacks a lot the item needs.</exception>
    /// <exception cref="StateConflictException">The goods have not arrived, the receipt is closed, or the scan id was used for another scan.</exception>
    public async Task<ReturnScanOutcome> RecordScanAsync(DurableTaskClient client, string returnId, ReturnScanInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var first = await returns.GetAsync(returnId, null, cancellationToken);
        var (scanId, sku, lot, units, condition) = await CheckAsync(first.Value, input, cancellationToken);
        if (first.Value.ClosedAt is null)
        {
            await orchestrations.RequireActiveAsync(client, first.Value, cancellationToken);
        }

        var owner = OwnerId.Parse(first.Value.OwnerId);
        var scanDocumentId = ReturnScanDocument.IdOf(returnId, scanId);
        var container = await store.ContainerAsync(cancellationToken);
        var outcome = await poster.PostAsync(first.Value.OwnerId, async ct =>
        {
            if (await container.ReadAsync<ReturnScanDocument>(scanDocumentId, first.Value.OwnerId, ct) is { } recorded)
            {
                var same = recorded.Value.Sku == sku && recorded.Value.Lot == lot && recorded.Value.Units == units && recorded.Value.Condition == condition;
                return same
                    ? (StockPosting.None(ReturnSteps.Scan(first.Value, scanId)), new ReturnScanOutcome(returnId, scanId, sku, lot, units, Camel(condition), Duplicate: true))
                    : throw new StateConflictException(
                        $"Scan id '{scanId}' was already used on return {returnId} for another scan ({recorded.Value.Units} × {recorded.Value.Sku} {recorded.Value.Lot} {Camel(recorded.Value.Condition)}); give each scan its own id.");
            }

            var read = await returns.GetAsync(returnId, null, ct);
            RequireReceiving(read.Value);
            if (read.Value.ScannedUnits + units > MaxUnitsPerReturn)
            {
                throw new WarehouseValidationException("/quantity", $"Return {returnId} would count more than {MaxUnitsPerReturn} units; {read.Value.ScannedUnits} are counted already.");
            }

            var now = time.GetUtcNow();
            var fromTransit = read.Value.Origin == ReturnOrigin.FailedDelivery ? Math.Min(units, StillInTransit(read.Value, sku, lot)) : 0;
            var parsedSku = Sku.Parse(sku);
            var parsedLot = lot is null ? null : LotNumber.Parse(lot);
            var inTransit = read.Value.OrderId is { } orderId ? new StockKey(owner, parsedSku, parsedLot, layout.Shipping, StockStatus.InTransit, orderId) : null;
            var movements = ReturnMovements.Received(read.Value.SourceReference, scanId, ReturnMovements.Held(owner, parsedSku, parsedLot, layout.Returns, returnId),
                units, fromTransit, inTransit, now);
            var scan = new ReturnScanDocument
            {
                Id = scanDocumentId, OwnerId = read.Value.OwnerId, ReturnId = returnId, ScanId = scanId, Sku = sku, Lot = lot,
                Condition = condition, Units = units, FromTransit = fromTransit, ScannedAt = now,
            };
            var updated = read.Value with
            {
                Received = ReturnReceivedTotal.Add(read.Value.Received, scan),
                ScanCount = read.Value.ScanCount + 1,
                ScannedUnits = read.Value.ScannedUnits + units,
            };
            var line = read.Value.Lines.FirstOrDefault(l => l.Sku == sku && (l.Lot is null || l.Lot == lot))?.LineNumber;
            var received = new WarehouseEvent($"{returnId}/scan/{scanId}", EventTypes.ReturnUnitsReceived, read.Value.OwnerId, returnId, now,
                new { scanId, line, sku, lot, units, condition = Camel(condition), fromTransit });
            return (new StockPosting(ReturnSteps.Scan(read.Value, scanId), movements, batch => batch.Create(scan).Replace(updated, read.ETag).Send(received.ToMessage())),
                new ReturnScanOutcome(returnId, scanId, sku, lot, units, Camel(condition), Duplicate: false));
        }, cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Closes the receipt: splits what arrived into parts against the announced lines (<see cref="ReturnReceipt"/>),
    /// holds over-returns in the pending area for the owner, applies the dispositions the notice requested, writes off a
    /// failed delivery's units that never came back, and publishes <see cref="EventTypes.ReturnReceived"/>.
    /// </summary>
    /// <returns>True when this call closed it; false when it was closed already.</returns>
    /// <exception cref="StateConflictException">The goods have not arrived, or the return is cancelled.</exception>
    public async Task<bool> CloseAsync(DurableTaskClient client, string returnId, CancellationToken cancellationToken)
    {
        var first = (await returns.GetAsync(returnId, null, cancellationToken)).Value;
        if (first.ClosedAt is null)
        {
            await orchestrations.RequireActiveAsync(client, first, cancellationToken);
        }

        var closedNow = await poster.PostAsync(first.OwnerId, async ct =>
        {
            var read = await returns.GetAsync(returnId, null, ct);
            if (read.Value.ClosedAt is not null)
            {
                return (StockPosting.None(ReturnSteps.Close(read.Value)), false);
            }

            RequireReceiving(read.Value);
            var document = read.Value;
            var now = time.GetUtcNow();
            var split = ReturnReceipt.Split(
                [.. document.Lines.Select(l => new ReturnExpectation(l.LineNumber, l.Sku, l.Lot, l.Units))],
                [.. document.Received.Select(r => new ReturnedUnits(r.Sku, r.Lot, r.Condition, r.Units))]);
            var movements = new List<StockMovement>();
            var events = new List<WarehouseEvent>();
            var parts = new List<ReturnPartRecord>();
            foreach (var part in split)
            {
                var record = new ReturnPartRecord
                {
                    PartId = part.PartId, LineNumber = part.LineNumber, Sku = part.Sku, Lot = part.Lot, Condition = part.Condition,
                    Units = part.Units, OverReturn = part.OverReturn, Locations = [layout.Returns.Value],
                };
                var requested = document.Lines.FirstOrDefault(l => l.LineNumber == part.LineNumber)?.RequestedDisposition;
                var atClose = ReturnDispositionRules.AtClose(part, requested);
                if (atClose == ReturnDisposition.ReturnToSupplier && document.Supplier is null)
                {
                    atClose = null; // No address to send it to: the floor decides at inspection and names one.
                }

                if (atClose is { } disposition)
                {
                    var (decided, moved, disposed) = await dispositions.PlanAsync(document, record, disposition, part.OverReturn ? "receipt" : "notice",
                        part.OverReturn ? "over-return: received beyond the notice, held for the owner" : "requested by the notice", null, null, now, ct);
                    record = decided;
                    movements.AddRange(moved);
                    events.Add(disposed);
                }

                parts.Add(record);
            }

            movements.AddRange(LostInTransit(document, now));
            var updated = document with { ClosedAt = now, Parts = parts, Progress = ReturnDispositions.ProgressOf(parts) };
            var closed = new WarehouseEvent($"{returnId}/received", EventTypes.ReturnReceived, document.OwnerId, returnId, now, Summary(document, parts));
            return (new StockPosting(ReturnSteps.Close(document), movements, batch =>
            {
                batch.Replace(updated, read.ETag).Send(closed.ToMessage());
                foreach (var disposed in events)
                {
                    batch.Send(disposed.ToMessage());
                }
            }), true);
        }, cancellationToken);

        if (closedNow)
        {
            await orchestrations.SignalAsync(client, returnId, ReturnMilestones.ReceiptClosed, new MilestoneEvent("closed", time.GetUtcNow()), cancellationToken);
        }

        return closedNow;
    }

    /// <summary>The facts billing and reporting need of a closed receipt: per line announced, received, over and short.</summary>
    private static object Summary(ReturnDocument document, IReadOnlyList<ReturnPartRecord> parts)
    {
        var lines = document.Lines.Select(l =>
        {
            var received = parts.Where(p => p.LineNumber == l.LineNumber).Sum(p => p.Units);
            var over = parts.Where(p => p.LineNumber == l.LineNumber && p.OverReturn).Sum(p => p.Units);
            return new { line = (int?)l.LineNumber, sku = l.Sku, lot = l.Lot, expected = l.Units, received, over, @short = Math.Max(0, l.Units - (received - over)) };
        }).Concat(parts.Where(p => p.LineNumber is null).Select(p => new { line = (int?)null, sku = p.Sku, lot = p.Lot, expected = 0L, received = p.Units, over = p.Units, @short = 0L }))
        .ToList();
        return new
        {
            returnNumber = document.ReturnNumber,
            origin = document.Origin.ToString(),
            lines,
            units = parts.Sum(p => p.Units),
            overReturned = parts.Where(p => p.OverReturn).Sum(p => p.Units),
            held = parts.Where(p => p.IsHeld).Select(p => p.PartId).ToList(),
        };
    }

    // Units a failed delivery carried that no scan brought back: written off in transit, per SKU and lot.
    private IEnumerable<StockMovement> LostInTransit(ReturnDocument document, DateTimeOffset now)
    {
        if (document.Origin != ReturnOrigin.FailedDelivery || document.OrderId is null)
        {
            yield break;
        }

        var owner = OwnerId.Parse(document.OwnerId);
        foreach (var group in document.Lines.GroupBy(l => (l.Sku, l.Lot)))
        {
            var lost = StillInTransit(document, group.Key.Sku, group.Key.Lot);
            if (lost > 0)
            {
                var key = new StockKey(owner, Sku.Parse(group.Key.Sku), group.Key.Lot is null ? null : LotNumber.Parse(group.Key.Lot), layout.Shipping, StockStatus.InTransit, document.OrderId);
                yield return ReturnMovements.LostInTransit(document.SourceReference, group.Min(l => l.LineNumber), key, lost, now);
            }
        }
    }

    private static long StillInTransit(ReturnDocument document, string sku, string? lot) =>
        document.Lines.Where(l => l.Sku == sku && l.Lot == lot).Sum(l => l.Units)
        - document.Received.Where(r => r.Sku == sku && r.Lot == lot).Sum(r => r.FromTransit);

    private static void RequireReceiving(ReturnDocument document)
    {
        switch (document.Progress)
        {
            case ReturnProgress.Cancelled:
                throw new StateConflictException($"Return {document.ReturnId} was cancelled ({document.CancelReason}).");
            case ReturnProgress.AwaitingArrival:
                throw new StateConflictException($"Return {document.ReturnId} has not arrived; record its arrival at the returns area first.");
            case not ReturnProgress.Receiving:
                throw new StateConflictException($"The receipt of return {document.ReturnId} is already closed ({document.Progress}).");
        }
    }

    internal static string Camel(ReturnCondition condition) => condition.ToString().ToLowerInvariant();

    private static async Task<bool> TryExecuteAsync(IDocumentBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await batch.ExecuteAsync(cancellationToken);
            return true;
        }
        catch (DocumentBatchException ex) when (ex.Failure is DocumentPreconditionFailedException or DocumentConflictException)
        {
            return false;
        }
    }
}
