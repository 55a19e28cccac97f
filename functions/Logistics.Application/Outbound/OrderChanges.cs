using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Outbound;
using Logistics.Domain.Owners;

namespace Logistics.Application.Outbound;

/// <summary>
/// The owner's cancellation or replacement of an order, allowed until the first unit is picked: every reservation is
/// released exactly (one release movement per open pick task, for what it still holds), in the batch that records the
/// change. After picking started the change is refused with the reason.
/// </summary>
public sealed class OrderChanges(StockPoster poster, OrderRepository orders, TimeProvider time)
{
    /// <summary>Cancels the order; cancelling a cancelled order changes nothing.</summary>
    /// <returns>The order, and true when this call cancelled it.</returns>
    /// <exception cref="StateConflictException">Picking started, or the order is finished otherwise.</exception>
    public Task<(OrderDocument Order, bool Changed)> CancelAsync(string orderId, string reason, CancellationToken cancellationToken) =>
        ChangeAsync(orderId, order => order.CancelledAt is not null ? null : (OrderSteps.Cancel(order), "cancel", order with { CancelledAt = time.GetUtcNow(), CancelReason = reason }), cancellationToken);

    /// <summary>Replaces the order's content with <paramref name="replacement"/> (its lines, parties, dates and policy) and asks for a new allocation.</summary>
    /// <exception cref="StateConflictException">Picking started, or the order is finished or cancelled.</exception>
    public Task<(OrderDocument Order, bool Changed)> ReplaceAsync(string orderId, OrderDocument replacement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(replacement);
        return ChangeAsync(orderId, order =>
        {
            if (order.CancelledAt is not null)
            {
                throw new StateConflictException($"Order {order.OrderNumber} was cancelled ({order.CancelReason}); send a new order number.");
            }

            if (order.Fingerprint == replacement.Fingerprint)
            {
                return null;
            }

            var revision = order.Revision + 1;
            return (OrderSteps.Replace(order, revision), "replace", replacement with
            {
                Id = order.Id,
                Revision = revision,
                AcceptedAt = order.AcceptedAt,
                AllocationRounds = order.AllocationRounds,
                PickTasks = order.PickTasks,
                NeedsAllocation = true,
                X12Qualifier = replacement.X12Qualifier ?? order.X12Qualifier,
                X12SenderId = replacement.X12SenderId ?? order.X12SenderId,
                X12Version = replacement.X12Version ?? order.X12Version,
                X12UsageIndicator = replacement.X12UsageIndicator ?? order.X12UsageIndicator,
            });
        }, cancellationToken);
    }

    // Applies a change that releases every open reservation; a null change means the order already is as asked.
    private async Task<(OrderDocument Order, bool Changed)> ChangeAsync(
        string orderId, Func<OrderDocument, (string Step, string Kind, OrderDocument Changed)?> change, CancellationToken cancellationToken)
    {
        var first = (await orders.GetAsync(orderId, null, cancellationToken)).Value;
        return await poster.PostAsync(first.OwnerId, async ct =>
        {
            var read = await orders.GetAsync(orderId, null, ct);
            var order = read.Value;
            if (change(order) is not { } planned)
            {
                return (StockPosting.None(OrderSteps.Cancel(order)), (order, false));
            }

            if (order.PickingStarted || order.IsFinished)
            {
                throw new StateConflictException(order.PickingStarted
                    ? $"Order {order.OrderNumber} can no longer be changed: picking started ({order.Lines.Sum(l => l.Picked)} units picked, stage {order.Stage})."
                    : $"Order {order.OrderNumber} is {order.Stage}; it can no longer be changed.");
            }

            var now = time.GetUtcNow();
            var owner = OwnerId.Parse(order.OwnerId);
            var stepName = OrderSteps.LeafOf(planned.Step);
            var movements = order.PickTasks.Where(t => t.Remaining > 0).Select(t => OutboundMovements.Release(
                order.SourceReference, $"{stepName}-T{t.TaskNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)}", owner, Sku.Parse(t.Sku),
                t.Lot is null ? null : LotNumber.Parse(t.Lot), LocationCode.Parse(t.Location), t.Remaining, now)).ToList();
            var released = planned.Changed with
            {
                PickTasks = [.. order.PickTasks.Select(t => t.IsOpen ? t with { Status = PickTaskRecord.Released } : t)],
                Lines = [.. planned.Changed.Lines.Select(l => l with { Allocated = 0 })],
            };
            released = released.Staged();
            var changedEvent = new WarehouseEvent($"{orderId}/{planned.Kind}/{released.Revision}", planned.Kind == "cancel" ? EventTypes.OrderCancelled : EventTypes.OrderReplaced,
                order.OwnerId, orderId, now, new { revision = released.Revision, releasedUnits = -movements.Sum(m => m.Delta), reason = released.CancelReason });
            return (new StockPosting(planned.Step, movements, batch => batch.Replace(released, read.ETag).Send(changedEvent.ToMessage())), (released, true));
        }, cancellationToken);
    }
}
