using Logistics.Storage.Messaging;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>
/// A destination for the outbox relay: every send goes to a real queue and is recorded, message ids included (the
/// embedded queue does not keep them). Hooks run around the real send, to fail before it, crash after it, or let
/// another relay run in between.
/// </summary>
internal sealed class RecordingMessageQueue(IMessageQueue inner) : IMessageQueue
{
    private readonly List<IReadOnlyList<OutgoingMessage>> _sends = [];

    /// <summary>Runs before the real send; throwing here means nothing was sent.</summary>
    public Func<IReadOnlyList<OutgoingMessage>, Task>? BeforeSend { get; set; }

    /// <summary>Runs after the real send succeeded; throwing here is a crash between the send and the checkpoint.</summary>
    public Func<IReadOnlyList<OutgoingMessage>, Task>? AfterSend { get; set; }

    /// <summary>Each successful <see cref="SendAsync"/> call's messages, in order.</summary>
    public IReadOnlyList<IReadOnlyList<OutgoingMessage>> Sends => _sends;

    /// <summary>Every message sent, in order.</summary>
    public IReadOnlyList<OutgoingMessage> Sent => [.. _sends.SelectMany(send => send)];

    public async Task SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken = default)
    {
        if (BeforeSend is { } before)
            await before(messages);
        await inner.SendAsync(messages, cancellationToken);
        _sends.Add([.. messages]);
        if (AfterSend is { } after)
            await after(messages);
    }

    public Task DeclareAsync(EntityDefinition entity, CancellationToken cancellationToken = default) => inner.DeclareAsync(entity, cancellationToken);

    public Task<IReadOnlyList<ReceivedMessage>> ReceiveAsync(string entityPath, int maxMessages, TimeSpan lockDuration, CancellationToken cancellationToken = default) =>
        inner.ReceiveAsync(entityPath, maxMessages, lockDuration, cancellationToken);

    public Task WaitForMessagesAsync(string entityPath, TimeSpan maxWait, CancellationToken cancellationToken = default) =>
        inner.WaitForMessagesAsync(entityPath, maxWait, cancellationToken);

    public Task CompleteAsync(ReceivedMessage message, CancellationToken cancellationToken = default) => inner.CompleteAsync(message, cancellationToken);

    public Task<IReadOnlyList<ReceivedMessage>> CompleteAsync(IReadOnlyList<ReceivedMessage> messages, CancellationToken cancellationToken = default) =>
        inner.CompleteAsync(messages, cancellationToken);

    public Task AbandonAsync(ReceivedMessage message, TimeSpan? retryAfter = null, CancellationToken cancellationToken = default) =>
        inner.AbandonAsync(message, retryAfter, cancellationToken);

    public Task DeadLetterAsync(ReceivedMessage message, string reason, CancellationToken cancellationToken = default) =>
        inner.DeadLetterAsync(message, reason, cancellationToken);

    public Task<IReadOnlyList<DeadLetteredMessage>> ListDeadLettersAsync(string entityPath, int maxMessages = 100, CancellationToken cancellationToken = default) =>
        inner.ListDeadLettersAsync(entityPath, maxMessages, cancellationToken);

    public Task<int> RedriveDeadLettersAsync(string entityPath, IReadOnlyCollection<long>? sequenceNumbers = null, CancellationToken cancellationToken = default) =>
        inner.RedriveDeadLettersAsync(entityPath, sequenceNumbers, cancellationToken);

    public Task<long> CountActiveAsync(string entityPath, CancellationToken cancellationToken = default) => inner.CountActiveAsync(entityPath, cancellationToken);
}
