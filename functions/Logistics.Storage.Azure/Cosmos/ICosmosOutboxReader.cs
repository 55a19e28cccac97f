namespace Logistics.Storage.Azure.Cosmos;

/// <summary>
/// Reads the transactional outbox (see <see cref="CosmosOutboxDocument"/>) so a relay can hand each message to its
/// queue or topic, then deletes it. Delivery is at least once: relay, then complete; a crash in between relays again.
/// </summary>
public interface ICosmosOutboxReader
{
    /// <summary>
    /// Reads outbox messages from the container's change feed after <paramref name="continuation"/> (<c>null</c>: from
    /// the beginning, which yields every message not completed yet, since the feed shows only existing documents).
    /// </summary>
    Task<CosmosOutboxPage> ReadPendingAsync(string containerName, string? continuation, int maxItems, CancellationToken cancellationToken = default);

    /// <summary>Deletes a relayed message; a message already deleted (by another relay) counts as done.</summary>
    Task CompleteAsync(string containerName, CosmosOutboxMessage message, CancellationToken cancellationToken = default);
}
