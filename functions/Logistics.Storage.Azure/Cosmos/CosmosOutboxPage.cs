namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Outbox messages read from a container's change feed, and where to resume (never null).</summary>
public sealed record CosmosOutboxPage(IReadOnlyList<CosmosOutboxMessage> Messages, string Continuation);
