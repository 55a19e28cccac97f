namespace Logistics.Application.Events;

/// <summary>How <see cref="EventConsumer"/> receives and retries. The defaults suit both the embedded queue and Service Bus.</summary>
public sealed class EventConsumerOptions
{
    /// <summary>Messages locked per receive.</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>
    /// Lock asked of the embedded queue per receive (Service Bus uses its subscription's lock duration, PT1M in the
    /// deployment). Long enough for a batch of handlers.
    /// </summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Deliveries after which a failing event is dead-lettered with the handler's error. Below the broker's own maximum
    /// (10, see <see cref="Storage.Messaging.EntityDefinition"/>), so the reason kept is the handler's, not "too many deliveries".
    /// </summary>
    public int MaxDeliveries { get; set; } = 5;

    /// <summary>Wait before the second delivery; it doubles with each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Longest wait between deliveries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Times a handler's batch is tried again at once after losing an optimistic-concurrency race (another consumer
    /// changed the same document meanwhile) before the event counts as failed for this delivery.
    /// </summary>
    public int ConflictRetries { get; set; } = 5;

    /// <summary>The back-off before delivery <paramref name="deliveryCount"/> + 1: exponential, capped.</summary>
    public TimeSpan RetryDelay(int deliveryCount)
    {
        var exponent = Math.Clamp(deliveryCount - 1, 0, 30);
        var delay = FirstRetryDelay * Math.Pow(2, exponent);
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
