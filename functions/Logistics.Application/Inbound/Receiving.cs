using Logistics.Application.Common;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Warehouse;
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

    /// <summary>Records the dock arrival (a repeat is harmless).</summary>
    /// <exception cref="StateConflictException">The notice is cancelled, or its orchestration was terminated.</exception>
    public async Task<NoticeProgress> RecordArrivalAsync(DurableTaskClient client, string noticeId, CancellationToken cancellationToken)
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
                .Send(new WarehouseEvent($"{noticeId}/arrived", "DockArrival", updated.OwnerId, noticeId, now, new { dock = layout.Dock.Value }).ToMessage());
            if (await TryExecuteAsync(batch, cancellationToken))
            {
                await orchestrations.SignalAsync(client, noticeId, InboundMilestones.DockArrival, new MilestoneEvent("arrived", now), cancellationToken);
                return updated.Progress;
            }
        }
    }

    /// <summary>Records a scan; closes the receipt when it completes every line.</summary>
    /// <exception cref="WarehouseValidationException">The scan is malformed (for example a mis-keyed check digit).</exception>
    /// <exception cref="StateConflictException">The goods have not arrived or the receipt is closed.</exception>
    public async Task<ScanOutcome> RecordScanAsync(DurableTaskClient client, string noticeId, ScanInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var first = await notices.GetAsync(noticeId, null, cancellationToken);
        var record = await ToRecordAsync(first.Value.OwnerId, input, cancellationToken);
        var container = await store.ContainerAsync(cancellationToken);
        var item = record.Sku ?? $"unknown:{record.UnknownCode}";
        while (true)
        {
            var read = await notices.GetAsync(noticeId, null, cancellationToken);
            if (read.Value.Scans.Any(s => s.ScanId == record.ScanId))
            {
                return new ScanOutcome(noticeId, record.ScanId, item, Duplicate: true, ReceiptClosed: false);
            }

            RequireReceiving(read.Value);
            await orchestrations.RequireActiveAsync(client, read.Value, cancellationToken);
            var notice = NoticeRehydrator.Rehydrate(read.Value);
            Apply(() => notice.RecordScan(NoticeRehydrator.ToScan(record)));
            var updated = read.Value with { Scans = [.. read.Value.Scans, record] };
            var batch = container.CreateBatch(updated.OwnerId).Replace(updated, read.ETag)
                .Send(new WarehouseEvent($"{noticeId}/scan/{record.ScanId}", "ReceiptScanRecorded", updated.OwnerId, noticeId, record.ScannedAt,
                    new { scanId = record.ScanId, item, lot = record.Lot, quantity = record.Quantity, condition = record.Condition.ToString() }).ToMessage());
            if (!await TryExecuteAsync(batch, cancellationToken))
            {
                continue;
            }

            var complete = ReceiptCalculator.Compute(notice.Lines, notice.Scans)
                .Where(r => r.LineNumber is not null)
                .All(r => r.Received >= r.Expected);
            var closed = complete && await CloseAsync(client, noticeId, cancellationToken, alreadyClosedIsFine: true);
            return new ScanOutcome(noticeId, record.ScanId, item, Duplicate: false, ReceiptClosed: closed);
        }
    }

    /// <summary>Closes the receipt: computes results and pending goods, books receipt and pending movements.</summary>
    /// <returns>True when this call closed it.</returns>
    /// <exception cref="StateConflictException">Not arrived yet, or already closed (unless <paramref name="alreadyClosedIsFine"/>).</exception>
    public async Task<bool> CloseAsync(DurableTaskClient client, string noticeId, CancellationToken cancellationToken, bool alreadyClosedIsFine = false)
    {
        var first = (await notices.GetAsync(noticeId, null, cancellationToken)).Value;
        var ownerId = first.OwnerId;
        if (first.ClosedAt is null)
        {
            await orchestrations.RequireActiveAsync(client, first, cancellationToken);
        }

        var closedNow = await poster.PostAsync(ownerId, async ct =>
        {
            var read = await notices.GetAsync(noticeId, null, ct);
            if (read.Value.ClosedAt is not null && alreadyClosedIsFine)
            {
                return (new StockPosting([], null), false);
            }

            RequireReceiving(read.Value);
            var notice = NoticeRehydrator.Rehydrate(read.Value);
            var now = time.GetUtcNow();
            Apply(() => notice.CloseReceipt(now));
            var movements = InboundMovements.Notified(notice, layout.Dock, read.Value.AcceptedAt)
                .Concat(InboundMovements.Received(notice, layout.Dock, layout.PendingArea, now)).ToList();
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
            var closedEvent = new WarehouseEvent($"{noticeId}/closed", "ReceiptClosed", updated.OwnerId, noticeId, now,
                new { results = summary, pending = notice.Pending.Select(p => p.Id).ToList() });
            return (new StockPosting(movements, batch => batch.Replace(updated, read.ETag).Send(closedEvent.ToMessage())), true);
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
        catch (DocumentBatchException ex) when (ex.Failure is DocumentPreconditionFailedException)
        {
            return false;
        }
    }
}
