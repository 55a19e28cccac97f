using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inbound;
using Logistics.Domain.Inventory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Application.Inbound;

/// <summary>
/// Puts a notice whose orchestration was terminated into its defined end state, <see cref="NoticeProgress.Cancelled"/>,
/// with the stock telling the truth: pending-in that will never arrive is released, goods that were scanned are
/// booked where they are (the receipt is closed as it stands), and goods already received stay on hand.
/// </summary>
/// <remarks>Idempotent: a finished notice is left alone, and every movement has a deterministic id.</remarks>
public sealed class NoticeCancellation(
    NoticeRepository notices,
    StockPoster poster,
    WarehouseLayout layout,
    TimeProvider time,
    ILogger<NoticeCancellation>? logger = null)
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Cancels the notice unless it is already finished.</summary>
    /// <param name="noticeId">The notice.</param>
    /// <param name="reason">Why, kept on the notice.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <param name="onlyBeforeArrival">Refuse once the goods arrived (the owner's own cancellation), checked with the commit.</param>
    /// <returns>True when this call cancelled it.</returns>
    /// <exception cref="StateConflictException"><paramref name="onlyBeforeArrival"/> and the goods arrived.</exception>
    public async Task<bool> CancelAsync(string noticeId, string reason, CancellationToken cancellationToken, bool onlyBeforeArrival = false)
    {
        var first = (await notices.GetAsync(noticeId, null, cancellationToken)).Value;
        var ownerId = first.OwnerId;
        var step = NoticeSteps.Cancel(first);
        var cancelled = await poster.PostAsync(ownerId, async ct =>
        {
            var read = await notices.GetAsync(noticeId, null, ct);
            if (read.Value.IsFinished)
            {
                return (StockPosting.None(step), false);
            }

            if (onlyBeforeArrival && read.Value.Progress != NoticeProgress.AwaitingArrival)
            {
                throw new StateConflictException($"Notice {read.Value.NoticeNumber} can no longer be cancelled: its goods arrived and it is {read.Value.Progress}.");
            }

            var notice = NoticeRehydrator.Rehydrate(read.Value);
            var now = time.GetUtcNow();
            var closedAt = read.Value.ClosedAt;
            IReadOnlyList<StockMovement> movements = [];
            if (closedAt is null)
            {
                // The pending-in was booked with the notice (one batch at intake): release it, booking what was scanned.
                if (notice.Scans.Count > 0)
                {
                    notice.CloseReceipt(now);
                    closedAt = now;
                    movements = InboundMovements.Received(notice, layout.Dock, layout.PendingArea, now);
                }
                else
                {
                    movements = InboundMovements.Withdrawn(notice, layout.Dock, now);
                }
            }

            var updated = read.Value with { Progress = NoticeProgress.Cancelled, ClosedAt = closedAt, CancelledAt = now, CancelReason = reason };
            var cancelledEvent = new WarehouseEvent($"{noticeId}/cancelled", EventTypes.InboundNoticeCancelled, ownerId, noticeId, now,
                new { reason, previous = read.Value.Progress.ToString(), scans = read.Value.ScanCount });
            return (new StockPosting(step, movements, batch => batch.Replace(updated, read.ETag).Send(cancelledEvent.ToMessage())), true);
        }, cancellationToken);

        if (cancelled)
        {
            _logger.NoticeCancelled(ownerId, noticeId, reason);
        }

        return cancelled;
    }
}
