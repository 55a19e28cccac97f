namespace Logistics.Orchestration.Hosting;

/// <summary>Tuning of <see cref="EmbeddedOrchestrationWorker"/>.</summary>
public sealed class EmbeddedWorkerOptions
{
    /// <summary>Concurrent receivers on the orchestration queue. Default 2.</summary>
    public int OrchestrationReceivers { get; set; } = 2;

    /// <summary>Concurrent receivers on the activity queue. Default 2.</summary>
    public int ActivityReceivers { get; set; } = 2;

    /// <summary>Messages locked per receive. Default 64.</summary>
    public int ReceiveBatchSize { get; set; } = 64;

    /// <summary>Distinct instances one receiver processes at once. Default 8.</summary>
    public int MaxConcurrentWorkItems { get; set; } = 8;

    /// <summary>Message lock; a crashed worker's messages come back after it. Default 1 minute.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest idle wait before receiving again. Default 5 seconds.</summary>
    public TimeSpan IdleWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Longest wait between timer sweeps (the worker also wakes at the next due time). Default 30 seconds.</summary>
    public TimeSpan TimerSweepInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Delay before a failed message is delivered again. Default 1 second.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
