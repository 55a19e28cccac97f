using System.Text.Json;
using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Outbound;

/// <summary>Read side of outbound orders, scoped to one publisher (or to none, for warehouse staff).</summary>
public sealed class OrderQueries(WarehouseStore store, OrderRepository orders, BusinessCalendar calendar)
{
    /// <summary>An order with its quantities and its orchestration's runtime and custom status.</summary>
    public async Task<OrderView> GetAsync(DurableTaskClient client, string? publisherId, string orderId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var order = (await orders.GetAsync(orderId, publisherId, cancellationToken)).Value;
        var instanceId = OrderIds.InstanceOf(orderId);
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
        JsonElement? custom = instance?.SerializedCustomStatus is { } json ? JsonSerializer.Deserialize<JsonElement>(json) : null;
        var backorders = order.AllocationRounds > 0 && !order.IsFinished && order.CancelledAt is null;
        return new OrderView(
            orderId, order.OrderNumber, order.SourceFormat, order.Revision, order.Stage.ToString(), order.Policy.ToString(), order.PurchaseOrder, order.ShipTo,
            order.ShipNotBefore, order.ShipBy, order.DeliverBy, IsOverdue(order), order.AcceptedAt, instanceId, instance?.RuntimeStatus.ToString(), custom,
            [.. order.Lines.Select(l => new OrderLineView(l.LineNumber, l.Sku, l.Lot, l.Units, l.Allocated, l.Picked, l.Shipped, backorders ? l.Outstanding : 0, l.Cancelled))],
            order.PickTasks,
            order.Cartons,
            [.. order.Shipments.Select(s => new ShipmentView(s.ShipmentId, s.Carrier, s.Service, s.TrackingNumber, s.CartonIds, s.Contents, s.HandedOverAt,
                s.State, s.SignedBy, s.SettledAt, s.FailureReason, s.Events) { ReturnId = s.ReturnId })],
            order.CancelReason,
            order.FailReason);
    }

    /// <summary>A page of the publisher's orders, optionally by stage and order number.</summary>
    public async Task<(IReadOnlyList<OrderSummary> Orders, string? ContinuationToken)> ListAsync(
        string publisherId, OrderStage? stage, string? orderNumber, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var query = new DocumentQuery(publisherId) { PageSize = pageSize, ContinuationToken = continuationToken }.WhereEquals("/type", OrderDocument.Kind);
        query = stage is { } s ? query.WhereEquals("/stage", s.ToString()) : query;
        query = orderNumber is not null ? query.WhereEquals("/orderNumber", orderNumber) : query;
        var page = await container.QueryAsync<OrderDocument>(query, cancellationToken);
        return ([.. page.Items.Select(d => new OrderSummary(d.Value.OrderId, d.Value.OrderNumber, d.Value.Stage.ToString(), d.Value.ShipBy, d.Value.AcceptedAt,
            d.Value.Lines.Sum(l => l.Units), d.Value.Lines.Sum(l => l.Shipped), $"/api/orders/{d.Value.OrderId}"))], page.ContinuationToken);
    }

    /// <summary>Open pick tasks of every order (the floor's pick list), oldest order first.</summary>
    public async Task<IReadOnlyList<PickListEntry>> PickListAsync(CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);

        // Cross-partition on purpose: the floor picks for every owner.
        var picking = await container.QueryAllAsync<OrderDocument>(
            new DocumentQuery(null) { PageSize = 1000 }.WhereEquals("/type", OrderDocument.Kind).WhereEquals("/stage", nameof(OrderStage.Picking)), cancellationToken);
        return [.. picking.OrderBy(o => o.ShipBy ?? DateOnly.MaxValue).ThenBy(o => o.AcceptedAt)
            .SelectMany(o => o.PickTasks.Where(t => t.IsOpen).Select(t => new PickListEntry(o.OrderId, o.ShipBy, t.TaskNumber, t.LineNumber, t.Sku, t.Lot, t.Location, t.Remaining)))];
    }

    /// <summary>The stored order (for its advices).</summary>
    public async Task<OrderDocument> GetDocumentAsync(string? publisherId, string orderId, CancellationToken cancellationToken) =>
        (await orders.GetAsync(orderId, publisherId, cancellationToken)).Value;

    // Past the ship-by day with goods still here, or past the deliver-by day with goods still on the way.
    private bool IsOverdue(OrderDocument order)
    {
        var today = calendar.Today;
        return order.Stage switch
        {
            OrderStage.Received or OrderStage.AwaitingStock or OrderStage.Picking or OrderStage.Packing or OrderStage.AwaitingCarrier => order.ShipBy < today,
            OrderStage.InTransit => order.DeliverBy < today,
            _ => false,
        };
    }
}
