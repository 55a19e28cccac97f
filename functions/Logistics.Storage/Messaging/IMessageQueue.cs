namespace Logistics.Storage.Messaging;

/// <summary>
/// The embedded message bus for one machine: queues and topics with subscriptions, at-least-once delivery under a
/// lock, delivery counts, dead-lettering and scheduled delivery. Service Bus takes this role in Azure, where the
/// Functions host receives and sends on the application's behalf.
/// </summary>
/// <remarks>
/// Sends that must commit with a state change go through <see cref="Documents.IDocumentBatch.Send"/> (the
/// transactional outbox) instead of <see cref="SendAsync"/>.
/// </remarks>
public interface IMessageQueue
{
    /// <summary>Creates the queue or topic and its subscriptions when missing; idempotent.</summary>
    Task DeclareAsync(EntityDefinition entity, CancellationToken cancellationToken = default);

    /// <summary>Sends messages at once (not tied to any document write).</summary>
    Task SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>
    /// Locks and returns up to <paramref name="maxMessages"/> due messages of a queue or subscription path, oldest first.
    /// A message whose delivery count would pass the entity's maximum is dead-lettered instead of returned.
    /// </summary>
    Task<IReadOnlyList<ReceivedMessage>> ReceiveAsync(
        string entityPath,
        int maxMessages,
        TimeSpan lockDuration,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes once any message may be due on <paramref name="entityPath"/> (a send in this process, or the next
    /// scheduled time), or after <paramref name="maxWait"/>. Lets receivers wait without busy polling.
    /// </summary>
    Task WaitForMessagesAsync(string entityPath, TimeSpan maxWait, CancellationToken cancellationToken = default);

    /// <summary>Removes a processed message. Throws <see cref="MessageLockLostException"/> when the lock was lost.</summary>
    Task CompleteAsync(ReceivedMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes processed messages in one write: every message whose lock is still held is completed, the others are
    /// left alone. Unlike the single-message overload it does not throw for a lost lock.
    /// </summary>
    /// <returns>The messages whose lock was lost (expired or taken by another receiver); empty when all were completed.</returns>
    Task<IReadOnlyList<ReceivedMessage>> CompleteAsync(IReadOnlyList<ReceivedMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>Releases the lock so the message is delivered again, after <paramref name="retryAfter"/> when given.</summary>
    Task AbandonAsync(ReceivedMessage message, TimeSpan? retryAfter = null, CancellationToken cancellationToken = default);

    /// <summary>Moves the message to the entity's dead-letter list with <paramref name="reason"/>.</summary>
    Task DeadLetterAsync(ReceivedMessage message, string reason, CancellationToken cancellationToken = default);

    /// <summary>Lists dead letters of a queue or subscription path, oldest first.</summary>
    Task<IReadOnlyList<DeadLetteredMessage>> ListDeadLettersAsync(
        string entityPath,
        int maxMessages = 100,
        CancellationToken cancellationToken = default);

    /// <summary>Returns dead letters to their entity with a fresh delivery count; all of them when <paramref name="sequenceNumbers"/> is null.</summary>
    Task<int> RedriveDeadLettersAsync(
        string entityPath,
        IReadOnlyCollection<long>? sequenceNumbers = null,
        CancellationToken cancellationToken = default);

    /// <summary>Number of active (not dead-lettered) messages on a queue or subscription path, locked ones included.</summary>
    Task<long> CountActiveAsync(string entityPath, CancellationToken cancellationToken = default);
}
