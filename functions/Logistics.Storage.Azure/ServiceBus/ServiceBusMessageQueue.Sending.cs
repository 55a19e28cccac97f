using System.Globalization;
using Azure.Messaging.ServiceBus;
using Logistics.Storage.Messaging;

namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>Sending.</summary>
public sealed partial class ServiceBusMessageQueue
{
    /// <summary>The content type of every message: the port's bodies are JSON.</summary>
    internal const string ContentType = "application/json";

    /// <inheritdoc />
    /// <remarks>
    /// Messages go out per destination in as few <see cref="ServiceBusMessageBatch"/>es as fit the entity's maximum
    /// message size; a batch is accepted or refused whole. <see cref="OutgoingMessage.MessageId"/> becomes the MessageId
    /// (hashed when longer than Service Bus's 128 characters), so duplicate detection drops a resend, and
    /// <see cref="OutgoingMessage.NotBefore"/> the scheduled enqueue time.
    /// </remarks>
    public async Task SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
            Validate(message);
        foreach (var group in messages.GroupBy(message => message.Destination, StringComparer.OrdinalIgnoreCase))
        {
            var destination = group.Key;
            await ServiceBusFailures.GuardAsync(
                () => SendInBatchesAsync(SenderFor(destination), destination, group.ToList(), cancellationToken),
                "Send",
                destination).ConfigureAwait(false);
        }
    }

    /// <summary>The Service Bus form of <paramref name="message"/>.</summary>
    internal static ServiceBusMessage ToServiceBusMessage(OutgoingMessage message)
    {
        var converted = new ServiceBusMessage(BinaryData.FromString(message.Body)) { ContentType = ContentType };
        if (ServiceBusMessageIds.ToServiceBus(message.MessageId) is { } messageId)
            converted.MessageId = messageId;
        if (message.NotBefore is { } notBefore)
            converted.ScheduledEnqueueTime = notBefore;
        return converted;
    }

    private static async Task SendInBatchesAsync(ServiceBusSender sender, string destination, List<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var batch = await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var message in messages)
            {
                var converted = ToServiceBusMessage(message);
                if (batch.TryAddMessage(converted))
                    continue;
                if (batch.Count > 0)
                {
                    await sender.SendMessagesAsync(batch, cancellationToken).ConfigureAwait(false);
                    batch.Dispose();
                    batch = await sender.CreateMessageBatchAsync(cancellationToken).ConfigureAwait(false);
                }

                if (!batch.TryAddMessage(converted))
                    throw TooLarge(destination, message, batch.MaxSizeInBytes);
            }

            if (batch.Count > 0)
                await sender.SendMessagesAsync(batch, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            batch.Dispose();
        }
    }

    private static void Validate(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(message.Destination, nameof(message));
        ArgumentNullException.ThrowIfNull(message.Body, nameof(message));
        if (message.Destination.Contains('/', StringComparison.Ordinal))
        {
            var topic = message.Destination[..message.Destination.IndexOf('/', StringComparison.Ordinal)];
            throw new InvalidOperationException($"Cannot send to '{message.Destination}': send to a queue or a topic (for a subscription, its topic '{topic}').");
        }
    }

    private static ArgumentException TooLarge(string destination, OutgoingMessage message, long maxBytes) =>
        new(string.Create(
            CultureInfo.InvariantCulture,
            $"A message to '{destination}' ({message.Body.Length} characters, id '{message.MessageId}') does not fit in one Service Bus message of at most {maxBytes} bytes."));
}
