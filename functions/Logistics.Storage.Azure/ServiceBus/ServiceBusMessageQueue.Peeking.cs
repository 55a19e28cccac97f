using Azure.Messaging.ServiceBus;

namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>Looking at messages without locking them: counts and dead-letter lists.</summary>
public sealed partial class ServiceBusMessageQueue
{
    /// <summary>Messages per peek request.</summary>
    private const int PeekPageSize = 250;

    /// <inheritdoc />
    /// <remarks>
    /// Counts by peeking the whole entity, 250 messages per request, so locked and scheduled messages are counted too;
    /// the cost grows with the backlog. Fine for tests and ops views, not for a hot path (Azure Monitor has the metric).
    /// </remarks>
    public async Task<long> CountActiveAsync(string entityPath, CancellationToken cancellationToken = default)
    {
        var path = ServiceBusEntityPath.Parse(entityPath);
        long count = 0;
        await PeekAsync(ReceiverFor(path), long.MaxValue, _ => count++, "Count", entityPath, cancellationToken).ConfigureAwait(false);
        return count;
    }

    /// <summary>Peeks up to <paramref name="maxMessages"/> messages in sequence order, from the first.</summary>
    private static async Task PeekAsync(
        ServiceBusReceiver receiver,
        long maxMessages,
        Action<ServiceBusReceivedMessage> visit,
        string operation,
        string entityPath,
        CancellationToken cancellationToken)
    {
        long seen = 0;
        long from = 0;
        while (seen < maxMessages)
        {
            var pageSize = (int)Math.Min(PeekPageSize, maxMessages - seen);
            var page = await ServiceBusFailures.GuardAsync(
                () => receiver.PeekMessagesAsync(pageSize, from, cancellationToken),
                operation,
                entityPath).ConfigureAwait(false);
            if (page.Count == 0)
                return;
            foreach (var message in page)
                visit(message);
            seen += page.Count;
            from = page[^1].SequenceNumber + 1;
        }
    }
}
