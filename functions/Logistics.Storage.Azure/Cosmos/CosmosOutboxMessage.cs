using Logistics.Storage.Messaging;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>A pending outbox message and the document that holds it (pass it back to <see cref="ICosmosOutboxReader.CompleteAsync"/>).</summary>
public sealed record CosmosOutboxMessage(string Id, string PartitionKey, string ETag, OutgoingMessage Message);
