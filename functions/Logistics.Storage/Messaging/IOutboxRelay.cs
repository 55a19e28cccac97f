namespace Logistics.Storage.Messaging;

/// <summary>Moves committed outbox messages to the bus, for document stores whose outbox is not the bus itself (Cosmos DB).</summary>
public interface IOutboxRelay
{
    /// <summary>
    /// Sends the outbox messages committed since the last relayed one, at most about <paramref name="maxMessages"/>,
    /// through <paramref name="destination"/>, then records how far it got. At least once: a crash after a send and
    /// before the checkpoint sends again, and the destination's duplicate detection (the message id) drops the repeat.
    /// </summary>
    /// <returns>How many messages were sent.</returns>
    Task<int> RelayAsync(IMessageQueue destination, int maxMessages, CancellationToken cancellationToken = default);
}
