using System.ComponentModel.DataAnnotations;

namespace Logistics.Functions.Standalone;

/// <summary>Settings of the standalone dispatcher (section <c>Standalone</c>).</summary>
public sealed class StandaloneOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Standalone";

    /// <summary>Messages a queue or subscription function handles at once. Default 4.</summary>
    [Range(1, 64)]
    public int MaxConcurrentCalls { get; set; } = 4;

    /// <summary>How long a received message stays locked to its handler. Default 5 minutes (Service Bus's maximum).</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// First redelivery delay after a failure, doubled per delivery up to <see cref="MaxRetryDelay"/>.
    /// Zero redelivers at once, as a Service Bus abandon does. Default 1 s.
    /// </summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest redelivery delay. Default 1 minute.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Deliveries after which a message is dead-lettered (the entity's MaxDeliveryCount). Default 10.</summary>
    [Range(1, 2000)]
    public int MaxDeliveryCount { get; set; } = 10;

    /// <summary>Longest idle wait between receive attempts when no send wakes the receiver. Default 5 s.</summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Run timer functions on their schedules. Default true.</summary>
    public bool EnableTimers { get; set; } = true;

    /// <summary>Run queue and topic functions from the embedded queue. Default true.</summary>
    public bool EnableQueues { get; set; } = true;
}
