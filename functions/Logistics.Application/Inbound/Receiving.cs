using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Domain.Common;
using Logistics.Domain.Inbound;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Application.Inbound;

/// <summary>
/// The floor's receiving commands: dock arrival, scans (recorded directly, idempotent on the client's scan id, not as
/// orchestration events, so histories stay short) and closing the receipt. Milestones are then raised to the notice's
/// orchestration.
/// </summary>
public sealed partial class Receiving(
    WarehouseStore store,
    NoticeRepository notices,
    ItemCatalog catalog,
    StockPoster poster,
    NoticeOrchestrations orchestrations,
    WarehouseLayout layout,
    TimeProvider time,
    ILogger<Receiving>? logger = null)
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Records the dock arrival (a repeat is harmless), with the pallet count when the dock reports one (billing charges receiving per pallet from it).</summary>
    /// <exception cref="StateConflictException">The notice is cancelled, or its orchestration was terminated.</exception>
    public async Task<NoticeProgress> RecordArrivalAsync(DurableTaskClient client, string noticeId, CancellationToken cancellationToken, int? pallets = null)
    {
        var container = await store.ContainerAsync(cancellationToken);
        while (true)
        {
            var read = await notices.GetAsync(noticeId, null, cancellationToken);
            if (read.Value.Progress == NoticeProgress.Cancelled)
            {
                throw new StateConflictException($"Notice {noticeId} was cancelled ({read.Value.CancelReason}).");
            }

            if (read.Value.Progress != NoticeProgress.AwaitingArrival)
            {
                return read.Value.Progress;
            }

            await orchestrations.RequireActiveAsync(client, read.Value, cancellationToken);

            var now = time.GetUtcNow();
            var updated = read.Value with { ArrivedAt = now, Progress = NoticeProgress.Receiving };
            var batch = container.CreateBatch(updated.OwnerId).Replace(updated, read.ETag)
                .Send(new WarehouseEvent($"{noticeId}/arrived", EventTypes.DockArrival, updated.OwnerId, noticeId, now, new { dock = layout.Dock.Value, pallets }).ToMessage());
            if (await TryExecuteAsync(batch, cancellationToken))
            {
                await orchestrations.SignalAsync(client, noticeId, InboundMilestones.DockArrival, new MilestoneEvent("arrived", now), cancellationToken);
                return updated.Progress;
            }
        }
    }

    /// <summary>Units one scan may count.</summary>
    public const int MaxUnitsPerScan = 1_000_000;

    /// <summary>Units all scans of one notice may count together.</summary>
    public const long MaxUnitsPerNotice = 100_000_000;

    /// <summary>
    /// Records a scan (one document per scan: the device's scan id makes a resend harmless) and adds it to the notice's
    /// received totals in the same batch, under the notice's ETag: a scan racing the close either lands before it and is
    /// counted, or after it and is refused. Closes the receipt when the scan completes every line.
    /// </summary>
    /// <exception cref="WarehouseValidationException">The scan is malformed (for example a mis-keyed check digit) or too large.</exception>
    /// <exception cref="StateConflictException">
    /// The goods have not arrived, the receipt is closed, or the scan id was used before for a different scan.
    /// </exception>
    public async Task<ScanOutcome> RecordScanAsync(DurableTaskClient client, string noticeId, ScanInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var first = await notices.GetAsync(noticeId, null, cancellationToken);
        var ownerId = first.Value.OwnerId;
        var record = await ToRecordAsync(ownerId, input, cancellationToken);
        var container = await store.ContainerAsync(cancellationToken);
        var item = record.Sku ?? $"unknown:{record.UnknownCode}";
        var scanDocumentId = ScanDocument.IdOf(noticeId, record.ScanId);
        while (true)
        {
            if (await container.ReadAsync<ScanDocument>(scanDocumentId, ownerId, cancellationToken) is { } recorded)
            {
                return SameScan(recorded.Value.Scan, record)
                    ? new ScanOutcome(noticeId, record.ScanId, item, Duplicate: true, ReceiptClosed: false)
                    : throw new StateConflictException(
                        $"Scan id '{record.ScanId}' was already used on notice {noticeId} for another scan ({Describe(recorded.Value.Scan)}); give each scan its own id.");
            }

            var read = await notices.GetAsync(noticeId, null, cancellationToken);
            RequireReceiving(read.Value);
            await orchestrations.RequireActiveAsync(client, read.Value, cancellationToken);
            if (read.Value.ScannedUnits + record.Quantity > MaxUnitsPerNotice)
            {
                throw new WarehouseValidationException("/quantity",
                    $"Notice {noticeId} would count more than {MaxUnitsPerNotice} units; {read.Value.ScannedUnits} are counted already.");
            }

            var notice = NoticeRehydrator.Rehydrate(read.Value);
            Apply(() => notice.RecordScan(NoticeRehydrator.ToScan(record)));
            var updated = read.Value with
            {
                Received = ReceivedTotal.Add(read.Value.Received, record),
                ScanCount = read.Value.ScanCount + 1,
                ScannedUnits = read.Value.ScannedUnits + record.Quantity,
            };
            var batch = container.CreateBatch(ownerId)
                .Create(new ScanDocument { Id = scanDocumentId, OwnerId = ownerId, NoticeId = noticeId, Scan = record })
                .Replace(updated, read.ETag)
                .Send(new WarehouseEvent($"{noticeId}/scan/{record.ScanId}", EventTypes.ReceiptScanRecorded, ownerId, noticeId, record.ScannedAt,
                    new { scanId = record.ScanId, item, lot = record.Lot, quantity = record.Quantity, condition = record.Condition.ToString() }).ToMessage());
            if (!await TryExecuteAsync(batch, cancellationToken))
            {
                // The notice changed (another scan, the close) or the same scan id landed meanwhile: look again.
                continue;
            }

            var complete = ReceiptCalculator.Compute(notice.Lines, notice.Scans)
                .Where(r => r.LineNumber is not null)
                .All(r => r.Received >= r.Expected);
            var closed = complete && await CloseAsync(client, noticeId, cancellationToken, alreadyClosedIsFine: true);
            return new ScanOutcome(noticeId, record.ScanId, item, Duplicate: false, ReceiptClosed: closed);
        }
    }

    private static bool SameScan(ScanRecord a, ScanRecord b) =>
        a.Sku == b.Sku && a.UnknownCode == b.UnknownCode && a.Lot == b.Lot && a.Expiry == b.Expiry && a.Quantity == b.Quantity && a.Condition == b.Condition;

    private static string Describe(ScanRecord scan) =>
        $"{scan.Sku ?? "unknown " + scan.UnknownCode}{(scan.Lot is null ? string.Empty : " lot " + scan.Lot)}, {scan.Quantity} {scan.Condition.ToString().ToLowerInvariant()}";

    /// <summary>Closes the receipt: computes results and pending goods, books receipt and pending movements.</summary>
    /// <returns>True when this call closed it.</returns>
    /// <exception cref="StateConflictException">Not arrived yet, or already closed (unless <paramref name="alreadyClosedIsFine"/>).</exception>
    public async Task<bool> CloseAsync(DurableTaskClient client, string noticeId, CancellationToken cancellationToken, bool alreadyClosedIsFine = false)
    {
        var first = (await notices.GetAsync(noticeId, null, cancellationToken)).Value;
        var ownerId = first.OwnerId;
        var step = NoticeSteps.Close(first);
        if (first.ClosedAt is null)
        {
            await orchestrations.RequireActiveAsync(client, first, cancellationToken);
        }

        var closedNow = await poster.PostAsync(ownerId, async ct =>
        {
            var read = await notices.GetAsync(noticeId, null, ct);
            if (read.Value.ClosedAt is not null && alreadyClosedIsFine)
            {
                return (StockPosting.None(step), false);
            }

            RequireReceiving(read.Value);
            var notice = NoticeRehydrator.Rehydrate(read.Value);
            var now = time.GetUtcNow();
            Apply(() => notice.CloseReceipt(now));
            var movements = InboundMovements.Received(notice, layout.Dock, layout.PendingArea, now);
            var updated = read.Value with
            {
                ClosedAt = now,
                Progress = notice.Pending.Count == 0 ? NoticeProgress.Putaway : NoticeProgress.AwaitingDecision,
            };
            var summary = notice.Results.Select(r => new
            {
                line = r.LineNumber, item = r.Item.ToString(), lot = r.Lot?.Value, expected = r.Expected,
                good = r.ReceivedGood, damaged = r.ReceivedDamaged, discrepancies = r.Discrepancies.ToString(),
            }).ToList();
            var closedEvent = new WarehouseEvent($"{noticeId}/closed", EventTypes.ReceiptClosed, updated.OwnerId, noticeId, now,
                new { results = summary, pending = notice.Pending.Select(p => p.Id).ToList() });
            return (new StockPosting(step, movements, batch => batch.Replace(updated, read.ETag).Send(closedEvent.ToMessage())), true);
        }, cancellationToken);

        if (closedNow)
        {
            var closed = (await notices.GetAsync(noticeId, null, cancellationToken)).Value;
            _logger.ReceiptClosed(ownerId, noticeId, NoticeRehydrator.Rehydrate(closed).Pending.Count);
            await orchestrations.SignalAsync(client, noticeId, InboundMilestones.ReceiptClosed, new MilestoneEvent("closed", time.GetUtcNow()), cancellationToken);
        }

        return closedNow;
    }

    internal static void Apply(Action command)
    {
        try
        {
            command();
        }
        catch (DomainException ex)
        {
            throw new StateConflictException(ex.Message, ex);
        }
    }

    private static void RequireReceiving(NoticeDocument notice)
    {
        if (notice.Progress == NoticeProgress.Cancelled)
        {
            throw new StateConflictException($"Notice {notice.NoticeId} was cancelled ({notice.CancelReason}).");
        }

        if (notice.Progress == NoticeProgress.AwaitingArrival)
        {
            throw new StateConflictException($"Notice {notice.NoticeId} has not arrived; record the dock arrival first.");
        }

        if (notice.Progress != NoticeProgress.Receiving)
        {
            throw new StateConflictException($"The receipt of notice {notice.NoticeId} is already closed ({notice.Progress}).");
        }
    }

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
