using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inbound.Workflow;
using Logistics.Application.Inventory;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Domain.Inbound;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Inbound;

/// <summary>The publisher's decisions on pending goods (damaged, over, unknown): accept, return to supplier or scrap.</summary>
public sealed class OwnerDecisions(
    NoticeRepository notices,
    StockPoster poster,
    NoticeOrchestrations orchestrations,
    WarehouseLayout layout,
    TimeProvider time)
{
    /// <summary>Records the decision and moves the goods: accepted to the dock (then put away), returns to the returns area, scrap written off.</summary>
    /// <exception cref="WarehouseValidationException">The decision is not one of accept, returnToSupplier, scrap.</exception>
    /// <exception cref="StateConflictException">Nothing is pending, the id is unknown, or it was already decided.</exception>
    public async Task<NoticeProgress> DecideAsync(DurableTaskClient client, string publisherId, string noticeId, string pendingId, string? decision, CancellationToken cancellationToken)
    {
        var parsed = decision?.ToUpperInvariant() switch
        {
            "ACCEPT" => OwnerDecision.Accept,
            "RETURNTOSUPPLIER" => OwnerDecision.ReturnToSupplier,
            "SCRAP" => OwnerDecision.Scrap,
            _ => throw new WarehouseValidationException("/decision", $"'decision' must be accept, returnToSupplier or scrap, was '{decision}'."),
        };
        var first = (await notices.GetAsync(noticeId, publisherId, cancellationToken)).Value;
        await orchestrations.RequireActiveAsync(client, first, cancellationToken);
        var step = NoticeSteps.Decision(first, pendingId);
        var progress = await poster.PostAsync(publisherId, async ct =>
        {
            var read = await notices.GetAsync(noticeId, publisherId, ct);
            var notice = NoticeRehydrator.Rehydrate(read.Value);
            var now = time.GetUtcNow();
            Receiving.Apply(() => notice.Decide(pendingId, parsed, now));
            var pending = notice.Pending.First(p => p.Id == pendingId);
            var target = parsed == OwnerDecision.ReturnToSupplier ? layout.Returns : layout.Dock;
            var movements = pending.Item.Sku is null ? [] : InboundMovements.Decided(notice, pendingId, layout.PendingArea, target, now);
            var updated = read.Value with
            {
                Decisions = [.. read.Value.Decisions, new DecisionRecord(pendingId, parsed, now)],
                Progress = notice.Pending.All(p => p.IsDecided) ? NoticeProgress.Putaway : NoticeProgress.AwaitingDecision,
            };
            var decided = new WarehouseEvent($"{noticeId}/decision/{pendingId}", EventTypes.OwnerDecisionRecorded, publisherId, noticeId, now,
                new { pendingId, decision = parsed.ToString(), item = pending.Item.ToString(), lot = pending.Lot?.Value, units = pending.Quantity.Units, reason = pending.Reason.ToString() });
            return (new StockPosting(step, movements, batch => batch.Replace(updated, read.ETag).Send(decided.ToMessage())), updated.Progress);
        }, cancellationToken);

        await orchestrations.SignalAsync(client, noticeId, InboundMilestones.OwnerDecision, new MilestoneEvent(pendingId, time.GetUtcNow()), cancellationToken);
        return progress;
    }
}
