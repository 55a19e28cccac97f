namespace Logistics.DurableTask.Sqlite;

/// <summary>Settings of <see cref="SqliteOrchestrationService"/>. Durability is the database file's own setting.</summary>
public sealed class SqliteOrchestrationServiceOptions
{
    /// <summary>Orchestration episodes run at once by the worker. Default 100.</summary>
    public int MaxConcurrentOrchestrationWorkItems { get; set; } = 100;

    /// <summary>Activities run at once by the worker. Default 100.</summary>
    public int MaxConcurrentActivityWorkItems { get; set; } = 100;

    /// <summary>
    /// How often the worker looks for work written by other processes (client calls against the same file), and how often
    /// a wait for an instance re-reads it. Work written in this process is signalled at once. Wall-clock time. Default 1 s.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an abandoned work item waits before it is delivered again, on the injected clock. Default 1 s.</summary>
    public TimeSpan AbandonDelay { get; set; } = TimeSpan.FromSeconds(1);
}
