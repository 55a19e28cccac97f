using System.Collections.Concurrent;
using Azure.Messaging.ServiceBus;
using Logistics.Storage.Messaging;

namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>Receiving and settling.</summary>
public sealed partial class ServiceBusMessageQueue
{
    /// <summary>
    /// How long a receive waits for more messages once it has some. The SDK returns what the first transfers brought,
    /// often fewer than asked for while more are already on their way; asking again this briefly fills the batch.
    /// </summary>
    private static readonly TimeSpan TopUpWait = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// How long after its lock expired a received message is still kept for settling. Its settlement then fails with
    /// the service's lock-lost answer; the margin covers a client clock behind the service's.
    /// </summary>
    private static readonly TimeSpan ExpiredLockGrace = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, HeldMessage> _held = new(StringComparer.Ordinal);

    /// <inheritdoc />
    /// <remarks>
    /// Peek-lock receive from a queue or <c>topic/subscriptions/name</c>. It waits up to
    /// <see cref="ServiceBusQueueOptions.ReceiveWait"/> for a first message, so an empty entity answers quickly. The lock
    /// lasts the entity's lock duration, set by the deployment: <paramref name="lockDuration"/> is not used. The service
    /// dead-letters a message on its own once its deliveries reach the entity's maximum (reason
    /// <c>MaxDeliveryCountExceeded</c>).
    /// </remarks>
    public async Task<IReadOnlyList<ReceivedMessage>> ReceiveAsync(
        string entityPath,
        int maxMessages,
        TimeSpan lockDuration,
        CancellationToken cancellationToken = default)
    {
        var path = ServiceBusEntityPath.Parse(entityPath);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lockDuration, TimeSpan.Zero);
        ForgetLongExpiredLocks();
        var receiver = ReceiverFor(path);
        var received = await ServiceBusFailures.GuardAsync(
            () => ReceiveBatchAsync(receiver, maxMessages, cancellationToken),
            "Receive",
            entityPath).ConfigureAwait(false);
        var messages = new List<ReceivedMessage>(received.Count);
        foreach (var message in received)
        {
            _held[message.LockToken] = new HeldMessage(receiver, message);
            messages.Add(new ReceivedMessage(
                entityPath,
                message.SequenceNumber,
                message.Body.ToString(),
                message.DeliveryCount,
                message.EnqueuedTime,
                message.LockToken,
                message.LockedUntil));
        }

        return messages;
    }

    /// <inheritdoc />
    public Task CompleteAsync(ReceivedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return SettleAsync(message, "Complete", (receiver, held) => receiver.CompleteMessageAsync(held, cancellationToken));
    }

    /// <inheritdoc />
    /// <remarks>Service Bus settles one message at a time: the completions go out together and are awaited together.</remarks>
    public async Task<IReadOnlyList<ReceivedMessage>> CompleteAsync(IReadOnlyList<ReceivedMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        foreach (var message in messages)
            ArgumentNullException.ThrowIfNull(message, nameof(messages));
        var outcomes = await Task.WhenAll(messages.Select(async message =>
        {
            try
            {
                await CompleteAsync(message, cancellationToken).ConfigureAwait(false);
                return null;
            }
            catch (MessageLockLostException)
            {
                return message;
            }
        })).ConfigureAwait(false);
        return outcomes.OfType<ReceivedMessage>().ToList();
    }

    /// <inheritdoc />
    /// <remarks>
    /// Without <paramref name="retryAfter"/> the lock is released at once and the message is delivered again. Service
    /// Bus cannot hold an abandoned message back, so with a delay the lock is left to expire instead: the message returns
    /// after the entity's lock duration (whatever <paramref name="retryAfter"/> says), with its delivery count raised.
    /// On Service Bus the subscription's lock duration is the back-off.
    /// </remarks>
    public Task AbandonAsync(ReceivedMessage message, TimeSpan? retryAfter = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (retryAfter is not { } delay || delay <= TimeSpan.Zero)
            return SettleAsync(message, "Abandon", (receiver, held) => receiver.AbandonMessageAsync(held, cancellationToken: cancellationToken));
        if (!_held.TryRemove(message.LockToken, out _))
            throw LockLost(message, null);
        ServiceBusLog.LeftToExpire(_logger, message.Entity, message.SequenceNumber, delay);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The first line of <paramref name="reason"/> (up to 256 characters) becomes the <c>DeadLetterReason</c>, the whole
    /// text (up to 4096) the <c>DeadLetterErrorDescription</c>.
    /// </remarks>
    public async Task DeadLetterAsync(ReceivedMessage message, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var (label, description) = ServiceBusDeadLetterReason.Split(reason);
        await SettleAsync(message, "DeadLetter", (receiver, held) => receiver.DeadLetterMessageAsync(held, label, description, cancellationToken))
            .ConfigureAwait(false);
        ServiceBusLog.DeadLettered(_logger, message.Entity, message.SequenceNumber, label);
    }

    private async Task<List<ServiceBusReceivedMessage>> ReceiveBatchAsync(ServiceBusReceiver receiver, int maxMessages, CancellationToken cancellationToken)
    {
        var received = new List<ServiceBusReceivedMessage>(
            await receiver.ReceiveMessagesAsync(maxMessages, _receiveWait, cancellationToken).ConfigureAwait(false));
        while (received.Count > 0 && received.Count < maxMessages)
        {
            var more = await receiver.ReceiveMessagesAsync(maxMessages - received.Count, TopUpWait, cancellationToken).ConfigureAwait(false);
            if (more.Count == 0)
                break;
            received.AddRange(more);
        }

        return received;
    }

    /// <summary>Settles through the receiver that locked the message; a lost lock becomes <see cref="MessageLockLostException"/>.</summary>
    private async Task SettleAsync(ReceivedMessage message, string operation, Func<ServiceBusReceiver, ServiceBusReceivedMessage, Task> settle)
    {
        if (!_held.TryGetValue(message.LockToken, out var held))
            throw LockLost(message, null);
        try
        {
            await ServiceBusFailures.GuardAsync(() => settle(held.Receiver, held.Message), operation, message.Entity).ConfigureAwait(false);
        }
        catch (ServiceBusException exception) when (exception.Reason == ServiceBusFailureReason.MessageLockLost)
        {
            _held.TryRemove(new KeyValuePair<string, HeldMessage>(message.LockToken, held));
            throw LockLost(message, exception);
        }

        _held.TryRemove(new KeyValuePair<string, HeldMessage>(message.LockToken, held));
    }

    /// <summary>Drops messages nobody settled long after their lock ran out, so they do not pile up.</summary>
    private void ForgetLongExpiredLocks()
    {
        var cutoff = _timeProvider.GetUtcNow() - ExpiredLockGrace;
        foreach (var entry in _held)
        {
            if (entry.Value.Message.LockedUntil < cutoff)
                _held.TryRemove(entry);
        }
    }

    private static MessageLockLostException LockLost(ReceivedMessage message, Exception? inner)
    {
        var text = $"The lock on message {message.SequenceNumber} of '{message.Entity}' expired, was settled already or is not held by this queue.";
        return inner is null ? new MessageLockLostException(text) : new MessageLockLostException(text, inner);
    }

    /// <summary>A locked message and the receiver whose link must settle it.</summary>
    private sealed record HeldMessage(ServiceBusReceiver Receiver, ServiceBusReceivedMessage Message);
}
