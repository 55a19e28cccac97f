namespace Logistics.Storage.Messaging;

/// <summary>A message moved aside after repeated failure or by a receiver's decision, with the reason kept.</summary>
/// <param name="Entity">The queue or subscription path it was dead-lettered from.</param>
/// <param name="SequenceNumber">Its sequence number in the dead-letter list; names it for a re-drive.</param>
/// <param name="Body">The payload, unchanged.</param>
/// <param name="DeliveryCount">Deliveries it had before it was moved aside.</param>
/// <param name="EnqueuedAt">When it was first sent.</param>
/// <param name="DeadLetteredAt">When it was moved aside; null where the broker does not record it (Service Bus).</param>
/// <param name="Reason">Why, as the receiver (or the broker, for too many deliveries) put it.</param>
public sealed record DeadLetteredMessage(
    string Entity,
    long SequenceNumber,
    string Body,
    int DeliveryCount,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset? DeadLetteredAt,
    string Reason);
