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
public sealed class OutboxRelayFunction(IMessageQueue queue, IServiceProvider services)
{
    /// <summary>Every 10 seconds.</summary>
    public const string Schedule = "*/10 * * * * *";

    /// <summary>Most messages relayed per run; the rest follow in the next.</summary>
    public const int MaxMessages = 5_000;

    /// <summary>Relays what was committed since the last run; returns how many messages were sent.</summary>
    [Function("RelayOutbox")]
    public async Task<int> RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        services.GetService<IOutboxRelay>() is { } relay ? await relay.RelayAsync(queue, MaxMessages, cancellationToken) : 0;
}
