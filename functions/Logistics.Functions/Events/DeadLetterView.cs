namespace Logistics.Functions.Events;

/// <summary>A dead-lettered event with the reason it was moved aside and what it was about.</summary>
/// <param name="SequenceNumber">Identifies it for a re-drive.</param>
/// <param name="Reason">Why it was dead-lettered.</param>
/// <param name="DeliveryCount">Deliveries before it was moved aside.</param>
/// <param name="EnqueuedAt">When the event was sent.</param>
/// <param name="DeadLetteredAt">When it was moved aside; null where the broker does not record it.</param>
/// <param name="EventType">The event's type, when the body is a warehouse event.</param>
/// <param name="EventId">The event's id, likewise.</param>
/// <param name="OwnerId">The publisher it concerns, likewise.</param>
/// <param name="Subject">What it is about (a notice or order id), likewise.</param>
/// <param name="Body">The body as sent.</param>
public sealed record DeadLetterView(
    long SequenceNumber,
    string Reason,
    int DeliveryCount,
    DateTimeOffset EnqueuedAt,
    DateTimeOffset? DeadLetteredAt,
    string? EventType,
    string? EventId,
    string? OwnerId,
    string? Subject,
    string Body);
