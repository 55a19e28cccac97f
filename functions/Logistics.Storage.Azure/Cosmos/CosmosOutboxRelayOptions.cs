using Logistics.Storage.Documents;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>What the registered <see cref="CosmosOutboxRelay"/> watches; each <c>AddCosmosOutboxRelay</c> call adds to it.</summary>
public sealed class CosmosOutboxRelayOptions
{
    /// <summary>The containers whose outbox documents are relayed (the ones whose batches send messages).</summary>
    public IList<ContainerDefinition> WatchedContainers { get; } = [];
}
