using Logistics.Storage.Messaging;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Events;

/// <summary>
/// Relays the Cosmos DB outbox to the events topic (Service Bus in Azure) every 10 seconds. The isolated worker has no
/// Cosmos DB trigger, so a timer reads the change feed from its checkpoint instead.
/// </summary>
/// <remarks>
/// On SQLite documents there is no relay: a batch's messages go into the embedded queue in the batch's own transaction.
/// </remarks>
public sealed class OutboxRelayFunction(IMessageQueue queue, IEnumerable<IOutboxRelay> relays)
{
    /// <summary>Every 10 seconds.</summary>
    public const string Schedule = "*/10 * * * * *";

    /// <summary>Most messages relayed per run; the rest follow in the next.</summary>
    public const int MaxMessages = 5_000;

    /// <summary>Relays what was committed since the last run (the relay logs how many messages it sent).</summary>
    [Function("RelayOutbox")]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        // None registered on SQLite documents, whose outbox is the queue itself.
        foreach (var relay in relays)
            await relay.RelayAsync(queue, MaxMessages, cancellationToken);
    }
}
