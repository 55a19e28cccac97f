using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Application.Outbound.Workflow;

/// <summary>Keeps each order and its orchestration in step: an accepted order always gets its instance, and changes reach it.</summary>
/// <remarks>
/// The order document is written first and the instance started after it; a crash in between leaves an order without an
/// instance, which the next touch of the order (a repost, a floor action, the periodic <see cref="ReconcileOwnerAsync"/>)
/// starts. The instance then reads the order and joins at its stage.
/// </remarks>
public sealed class OrderOrchestrations(WarehouseStore store, ILogger<OrderOrchestrations>? logger = null)
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Starts the order's orchestration unless it exists; safe to call any number of times, concurrently too.</summary>
    /// <returns>The instance id.</returns>
    public async Task<string> StartAsync(DurableTaskClient client, OrderDocument order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var instanceId = OrderIds.InstanceOf(order.OrderId);
        await Instances.StartOnceAsync(client, nameof(OutboundOrderOrchestrator), instanceId, new OutboundOrderInput(order.OwnerId, order.OrderId), cancellationToken);
        return instanceId;
    }

    /// <summary>Tells the order's orchestration that a milestone was committed; never throws for an instance that is gone.</summary>
    public Task SignalAsync(DurableTaskClient client, string orderId, string milestone, MilestoneEvent signal, CancellationToken cancellationToken) =>
        Instances.SignalAsync(client, OrderIds.InstanceOf(orderId), milestone, signal, _logger, cancellationToken);

    /// <summary>Wakes every order of the owner that waits for stock of <paramref name="sku"/>: a putaway just brought some.</summary>
    public async Task StockArrivedAsync(DurableTaskClient client, string ownerId, string sku, MilestoneEvent signal, CancellationToken cancellationToken)
    {
        foreach (var order in await OpenOrdersAsync(ownerId, OrderStage.AwaitingStock, cancellationToken))
        {
            if (order.Lines.Any(l => l.Sku == sku && l.Outstanding > 0))
            {
                await SignalAsync(client, order.OrderId, OrderMilestones.StockArrived, signal, cancellationToken);
            }
        }
    }

    /// <summary>Starts the missing instance of every unfinished order of one owner (the periodic sweep).</summary>
    /// <returns>How many were started.</returns>
    public async Task<int> ReconcileOwnerAsync(DurableTaskClient client, string ownerId, CancellationToken cancellationToken) =>
        await Instances.StartMissingAsync(client, await OpenOrdersAsync(ownerId, null, cancellationToken), o => OrderIds.InstanceOf(o.OrderId), async order =>
        {
            var instanceId = await StartAsync(client, order, cancellationToken);
            _logger.OrderOrchestrationRepaired(order.OwnerId, order.OrderId, instanceId);
        }, cancellationToken);

    private async Task<IReadOnlyList<OrderDocument>> OpenOrdersAsync(string ownerId, OrderStage? stage, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var query = new DocumentQuery(ownerId) { PageSize = 1000 }.WhereEquals("/type", OrderDocument.Kind);
        query = stage is { } only
            ? query.WhereEquals("/stage", only.ToString())
            : query.Where("/stage", QueryOperator.In, new[] { nameof(OrderStage.Received), nameof(OrderStage.AwaitingStock), nameof(OrderStage.Picking),
                nameof(OrderStage.Packing), nameof(OrderStage.AwaitingCarrier), nameof(OrderStage.InTransit) });
        return await Common.ContainerQueries.QueryAllAsync<OrderDocument>(container, query, cancellationToken);
    }
}
