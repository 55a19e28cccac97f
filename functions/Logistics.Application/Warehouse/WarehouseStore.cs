using Logistics.Application.Common;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Application.Warehouse;

/// <summary>
/// The one "warehouse" container, partitioned by <c>/ownerId</c>, and the "warehouse-events" topic.
/// </summary>
/// <remarks>
/// Everything of one owner (items, barcode index, notices, balances, ledger movements, putaway tasks; told apart by a
/// <c>type</c> property) shares a logical partition so a step's state change, its movements, the balances and its
/// events commit in one transactional batch (Cosmos DB batches are single-partition, at most 100 operations).
/// Hazard: a Cosmos DB logical partition holds at most 20 GB; the ledger of a very large owner will need archiving
/// (or a hierarchical key such as /ownerId + period) long before that.
/// </remarks>
public sealed class WarehouseStore(IDocumentStore store, IServiceProvider services)
{
    /// <summary>The container name.</summary>
    public const string ContainerName = "warehouse";

    /// <summary>The topic every domain event goes to.</summary>
    public const string EventsTopic = "warehouse-events";

    private readonly InitializeOnce _declare = new(async cancellationToken =>
    {
        await store.EnsureContainerAsync(Definition, cancellationToken);
        if (services.GetService<IMessageQueue>() is { } queue)
        {
            await queue.DeclareAsync(Topic, cancellationToken);
        }
    });

    /// <summary>
    /// The container declaration. TTL is on (-1: documents without a <c>ttl</c> live for ever) so that the Cosmos DB
    /// adapter's outbox documents for <see cref="EventsTopic"/>, which carry a <c>ttl</c>, expire instead of being deleted.
    /// </summary>
    public static ContainerDefinition Definition { get; } = new(ContainerName, "/ownerId", DefaultTimeToLiveSeconds: -1)
    {
        // Items are listed by SKU, the ledger by time.
        SortOrders = [[new QueryOrder("/sku")], [new QueryOrder("/occurredAt")]],
    };

    /// <summary>The topic declaration: billing, reporting and the stock alerts consume it.</summary>
    public static EntityDefinition Topic { get; } = EntityDefinition.Topic(EventsTopic, ["billing", "reporting", "alerts"]);

    /// <summary>Returns the container, creating it and declaring the topic on first use.</summary>
    public async Task<IDocumentContainer> ContainerAsync(CancellationToken cancellationToken)
    {
        await _declare.EnsureAsync(cancellationToken);
        return store.GetContainer(ContainerName);
    }
}
