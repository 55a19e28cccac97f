using Azure.Messaging.ServiceBus;
using Logistics.Storage.Messaging;

namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>Dead letters: listing and re-driving.</summary>
public sealed partial class ServiceBusMessageQueue
{
    /// <summary>The application properties Service Bus puts on a dead letter; a re-driven copy must not carry them.</summary>
    private static readonly string[] DeadLetterProperties = ["DeadLetterReason", "DeadLetterErrorDescription"];

    /// <inheritdoc />
    /// <remarks>
    /// Peeks the dead-letter sub-queue. Service Bus does not record when a message was dead-lettered, so
    /// <see cref="DeadLetteredMessage.DeadLetteredAt"/> is null. The reason is the description this queue wrote, or the
    /// service's reason and description when it dead-lettered the message itself (e.g. <c>MaxDeliveryCountExceeded</c>).
    /// </remarks>
    public async Task<IReadOnlyList<DeadLetteredMessage>> ListDeadLettersAsync(string entityPath, int maxMessages = 100, CancellationToken cancellationToken = default)
    {
        var path = ServiceBusEntityPath.Parse(entityPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        var list = new List<DeadLetteredMessage>();
        await PeekAsync(
            ReceiverFor(path, deadLetters: true),
            maxMessages,
            message => list.Add(new DeadLetteredMessage(
                entityPath,
                message.SequenceNumber,
                message.Body.ToString(),
                message.DeliveryCount,
                message.EnqueuedTime,
                null,
                ServiceBusDeadLetterReason.ReadBack(message.DeadLetterReason, message.DeadLetterErrorDescription))),
            "ListDeadLetters",
            entityPath,
            cancellationToken).ConfigureAwait(false);
        return list;
    }

    /// <inheritdoc />
    /// <remarks>
    /// <para>
    /// Service Bus cannot move a message back out of the dead-letter sub-queue, so each one is received from it, a copy
    /// (same body and properties, a fresh MessageId so duplicate detection keeps it, delivery count 0) is sent, and the
    /// dead letter is then completed. A queue's copy goes to the queue. A subscription's goes to its topic with
    /// <see cref="RedriveToProperty"/> set to the subscription, whose rule alone lets it in: the other subscriptions do
    /// not see it again.
    /// </para>
    /// <para>
    /// Dead letters not asked for stay locked until the end, so that each receive brings new ones, and are then
    /// abandoned; being received counts as a delivery, so their delivery count goes up by one. The re-drive stops when
    /// every asked-for sequence number was found or a receive brings nothing (after <see cref="ServiceBusQueueOptions.ReceiveWait"/>).
    /// The copy is sent before the dead letter is completed, so a failure in between re-drives that message twice.
    /// </para>
    /// </remarks>
    public async Task<int> RedriveDeadLettersAsync(string entityPath, IReadOnlyCollection<long>? sequenceNumbers = null, CancellationToken cancellationToken = default)
    {
        var path = ServiceBusEntityPath.Parse(entityPath);
        var wanted = sequenceNumbers is null ? null : new HashSet<long>(sequenceNumbers);
        if (wanted is { Count: 0 })
            return 0;
        var deadLetters = ReceiverFor(path, deadLetters: true);
        var sender = SenderFor(path.QueueOrTopic);
        var skipped = new List<ServiceBusReceivedMessage>();
        var seen = new HashSet<long>();
        var redriven = 0;
        try
        {
            while (wanted is null || redriven < wanted.Count)
            {
                var batch = await ServiceBusFailures.GuardAsync(
                    () => ReceiveBatchAsync(deadLetters, PeekPageSize, cancellationToken),
                    "RedriveDeadLetters",
                    entityPath).ConfigureAwait(false);
                var fresh = batch.Where(message => seen.Add(message.SequenceNumber)).ToList();
                skipped.AddRange(batch.Except(fresh));
                if (fresh.Count == 0)
                    break;
                foreach (var message in fresh)
                {
                    if (wanted is not null && !wanted.Contains(message.SequenceNumber))
                    {
                        skipped.Add(message);
                        continue;
                    }

                    await ServiceBusFailures.GuardAsync(
                        () => sender.SendMessageAsync(RedriveCopy(message, path), cancellationToken),
                        "RedriveDeadLetters",
                        path.QueueOrTopic).ConfigureAwait(false);
                    await deadLetters.CompleteMessageAsync(message, cancellationToken).ConfigureAwait(false);
                    redriven++;
                }
            }
        }
        finally
        {
            foreach (var message in skipped)
                await AbandonQuietlyAsync(deadLetters, message).ConfigureAwait(false);
        }

        if (redriven > 0)
            ServiceBusLog.Redriven(_logger, entityPath, redriven);
        return redriven;
    }

    /// <summary>The copy of a dead letter that goes back to <paramref name="path"/> with a fresh delivery count.</summary>
    internal static ServiceBusMessage RedriveCopy(ServiceBusReceivedMessage deadLetter, ServiceBusEntityPath path)
    {
        var copy = new ServiceBusMessage(deadLetter) { MessageId = ServiceBusMessageIds.ForRedrive(deadLetter.MessageId) };
        foreach (var property in DeadLetterProperties)
            copy.ApplicationProperties.Remove(property);
        if (path.Subscription is { } subscription)
            copy.ApplicationProperties[RedriveToProperty] = subscription;
        else
            copy.ApplicationProperties.Remove(RedriveToProperty);
        return copy;
    }

    // A dead letter left locked comes back when its lock expires anyway; failing the re-drive over it would hide its result.
    private static async Task AbandonQuietlyAsync(ServiceBusReceiver receiver, ServiceBusReceivedMessage message)
    {
        try
        {
            await receiver.AbandonMessageAsync(message).ConfigureAwait(false);
        }
        catch (ServiceBusException)
        {
        }
    }
}
