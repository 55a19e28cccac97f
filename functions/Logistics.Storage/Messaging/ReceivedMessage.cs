namespace Logistics.Storage.Messaging;

/// <summary>A locked message handed to a receiver; settle it with complete, abandon or dead-letter before the lock expires.</summary>
/// <param name="Entity">The queue, or <c>topic/subscriptions/name</c>, it was received from.</param>
/// <param name="SequenceNumber">Unique, increasing per store.</param>
/// <param name="Body">The payload.</param>
/// <param name="DeliveryCount">1 on the first delivery.</param>
/// <param name="EnqueuedAt">When it was sent.</param>
/// <param name="LockToken">Proves the receiver still holds the lock when it settles.</param>
/// <param name="LockedUntil">When the lock expires and the message becomes receivable again.</param>
public sealed record ReceivedMessage(
    string Entity,
    long SequenceNumber,
    string Body,
    int DeliveryCount,
    DateTimeOffset EnqueuedAt,
    string LockToken,
    DateTimeOffset LockedUntil);
