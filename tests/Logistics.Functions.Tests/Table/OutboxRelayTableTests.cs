using Logistics.Application.Warehouse;
using Logistics.Functions.Table;
using Logistics.Functions.Workers;
using Logistics.Orchestration;

namespace Logistics.Functions.Tests.Table;

/// <summary>Every container whose batches send messages is relayed by a change feed, and lets outbox documents expire.</summary>
public sealed class OutboxRelayTableTests
{
    [Fact]
    public void EachOutboxContainer_HasARetriedRelay_AndTtlOn()
    {
        var relays = AppFunctions.Create().Functions
            .Where(f => f.HandlerType == typeof(CosmosOutboxRelayFunction))
            .ToDictionary(f => ((CosmosDbTrigger)f.Trigger).ContainerName, StringComparer.Ordinal);

        Assert.Equal(["orchestrations", "warehouse"], relays.Keys.Order(StringComparer.Ordinal));
        Assert.All(relays.Values, f => Assert.Equal(FunctionRetryPolicy.Forever, f.Retry));
        Assert.Equal([OrchestrationQueues.Orchestrations, OrchestrationQueues.Activities], relays["orchestrations"].Outputs.Select(o => o.EntityName));
        Assert.Equal((WarehouseStore.EventsTopic, true), (relays["warehouse"].Outputs.Single().EntityName, relays["warehouse"].Outputs.Single().IsTopic));
        Assert.Equal(-1, OrchestrationQueues.Container.DefaultTimeToLiveSeconds);
        Assert.Equal(-1, WarehouseStore.Definition.DefaultTimeToLiveSeconds);
    }
}
