using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Domain.Counting;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;

namespace Logistics.Application.StockControl.Counts;

/// <summary>Ops' side of a count: posting its variances, once.</summary>
public sealed partial class StockCounts
{
    /// <summary>
    /// Posts the count: per variance one <see cref="MovementType.Adjustment"/> (on-hold units at a counted location are
    /// settled too, see <see cref="CountSettlement"/>), an <see cref="EventTypes.InventoryAdjusted"/> event each, a
    /// <see cref="EventTypes.CountCompleted"/> event, and the 947 when anything changed. A posted count is returned as it
    /// is and posts nothing more.
    /// </summary>
    /// <exception cref="ResourceNotFoundException">There is no such count.</exception>
    /// <exception cref="StateConflictException">A task is not counted, or its location moved since it was counted (record it again).</exception>
    public async Task<CountView> PostAsync(string countId, CancellationToken cancellationToken)
    {
        var first = await GetAsync(countId, null, cancellationToken);
        var container = await store.ContainerAsync(cancellationToken);
        var posted = await poster.PostAsync(first.OwnerId, async ct =>
        {
            var read = (await container.ReadAsync<CountDocument>(first.Id, first.OwnerId, ct))!;
            var count = read.Value;
            var step = $"{count.SourceReference}/post";
            if (count.Status == CountDocument.Posted)
            {
                return (StockPosting.None(step), count);
            }

            if (count.Tasks.Where(t => t.Status != CountTaskRecord.Counted).Select(t => $"{t.TaskNumber} ({t.Location})").ToList() is { Count: > 0 } open)
            {
                throw new StateConflictException($"Count {countId} has tasks not counted yet: {string.Join(", ", open)}.");
            }

            var now = time.GetUtcNow();
            var owner = OwnerId.Parse(count.OwnerId);
            var variances = new List<CountVarianceRecord>();
            var movements = new List<StockMovement>();
            var moved = new List<string>();
            foreach (var task in count.Tasks)
            {
                if (!(await ExpectedAsync(container, count, task.Location, ct)).SequenceEqual(task.Expected))
                {
                    moved.Add($"{task.TaskNumber} ({task.Location})");
                    continue;
                }

                var location = LocationCode.Parse(task.Location);
                var (found, settling) = CountSettlement.Settle(count.SourceReference, $"T{task.TaskNumber}", owner, location,
                    [.. task.Expected.Select(e => new ExpectedStock(Sku.Parse(e.Sku), Lot(e.Lot), e.OnHand, e.OnHold))],
                    [.. task.Lines.Select(l => new CountedStock(Sku.Parse(l.Sku), Lot(l.Lot), l.Units))], now);
                movements.AddRange(settling);
                foreach (var variance in found)
                {
                    var reserved = (await StockControlRules.ReadAsync(container, count.OwnerId,
                        new StockKey(owner, variance.Sku, variance.Lot, location, StockStatus.PendingOut), ct))?.Value.Quantity ?? 0;
                    variances.Add(new CountVarianceRecord(task.TaskNumber, task.Location, variance.Sku.Value, variance.Lot?.Value, variance.Expected, variance.Counted,
                        variance.Variance, variance.Reason == CountReason.CountGain ? "countGain" : "countLoss", Math.Max(0, reserved - variance.Counted)));
                }
            }

            if (moved.Count > 0)
            {
                // A concurrent post of this very count moves its locations too: then it is posted, and this post is a repeat.
                if ((await container.ReadAsync<CountDocument>(first.Id, first.OwnerId, ct))!.Value is { Status: CountDocument.Posted } already)
                {
                    return (StockPosting.None(step), already);
                }

                throw new StateConflictException(
                    $"Stock moved at tasks {string.Join(", ", moved)} of count {countId} since they were counted; record them again, then post.");
            }

            var advice = variances.Count > 0 ? await adjustments.WriteAsync(count, variances, now, ct) : null;
            var done = count with { Status = CountDocument.Posted, Variances = variances, PostedAt = now, AdviceX12 = advice };
            var events = variances.Select((v, i) => new WarehouseEvent($"{countId}/adjusted/{i + 1}", EventTypes.InventoryAdjusted, count.OwnerId, countId, now, new
            {
                count = countId, sku = v.Sku, lot = v.Lot, location = v.Location, expected = v.Expected, counted = v.Counted, variance = v.Variance,
                reason = v.Reason, uncoveredReservations = v.UncoveredReservations,
            })).Append(new WarehouseEvent($"{countId}/completed", EventTypes.CountCompleted, count.OwnerId, countId, now,
                new { count = countId, scope = count.Scope, tasks = count.Tasks.Count, variances = variances.Count }));
            return (new StockPosting(step, movements, batch =>
            {
                batch.Replace(done, read.ETag);
                foreach (var e in events)
                {
                    batch.Send(e.ToMessage());
                }
            }), done);
        }, cancellationToken);

        await adjustments.StoreAsync(posted, cancellationToken);
        return CountView.From(posted);
    }

    private static LotNumber? Lot(string? lot) => lot is null ? null : LotNumber.Parse(lot);
}
