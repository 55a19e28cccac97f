namespace Logistics.Application.Events;

/// <summary>What one drain of a subscription did.</summary>
/// <param name="Subscription">The subscription drained.</param>
/// <param name="Applied">Events whose effect was written.</param>
/// <param name="Duplicates">Deliveries of events already applied (completed without effect).</param>
/// <param name="Retried">Failed deliveries given back for a later retry.</param>
/// <param name="DeadLettered">Messages moved to the dead-letter list (unreadable, or failing past the limit).</param>
public sealed record DrainReport(string Subscription, int Applied, int Duplicates, int Retried, int DeadLettered)
{
    /// <summary>Messages settled in this drain.</summary>
    public int Received => Applied + Duplicates + Retried + DeadLettered;
}
