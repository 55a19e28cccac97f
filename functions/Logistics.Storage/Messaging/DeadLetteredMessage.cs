namespace Logistics.Storage.Messaging;

/// <summary>A message moved aside after repeated failure or by a receiver's decision, with the reason kept.</summary>
public sealed record DeadLetteredMessage(
    string Entity,
    long SequenceNumber,
    string Body,
    int DeliveryCount,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset DeadLetteredAt,
    string Reason);
