using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;

namespace Logistics.Orchestration;

/// <summary>The queues and the container the engine uses; the host declares them at start.</summary>
/// <remarks>
/// Messages are wake-ups and self-sufficient work items (bodies only, no message id or session), so Service Bus
/// output bindings can carry them. All state lives in the <see cref="ContainerName"/> container.
/// </remarks>
public static class OrchestrationQueues
{
    /// <summary>Orchestrator wake-ups: <c>{"instanceId":"…"}</c>, or deliveries to other instances.</summary>
    public const string Orchestrations = "orchestration-work";

    /// <summary>Activity work items: <c>{"items":[{instanceId, executionId, taskId, name, input}, …]}</c>.</summary>
    public const string Activities = "activity-work";

    /// <summary>The document container holding instances and their pending events, partitioned by <c>/instanceId</c>.</summary>
    public const string ContainerName = "orchestrations";

    /// <summary>The queues to declare.</summary>
    public static IReadOnlyList<EntityDefinition> Entities { get; } =
    [
        EntityDefinition.Queue(Orchestrations),
        EntityDefinition.Queue(Activities),
    ];

    /// <summary>
    /// The container to ensure. TTL is on (-1: documents without a <c>ttl</c> live for ever) so that the Cosmos DB
    /// adapter's outbox documents, which carry a <c>ttl</c>, expire instead of being deleted by the relay.
    /// </summary>
    public static ContainerDefinition Container { get; } = new(ContainerName, "/instanceId", DefaultTimeToLiveSeconds: -1)
    {
        // Pending events are taken in arrival order; the timer sweep takes the earliest due instance first.
        SortOrders = [[new QueryOrder("/sortKey")], [new QueryOrder("/nextTimerDueAt")]],
    };
}
