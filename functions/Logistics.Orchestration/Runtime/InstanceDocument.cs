namespace Logistics.Orchestration.Runtime;

/// <summary>The stored state of one instance: document id <see cref="DocumentId"/> in the instance's own partition.</summary>
/// <remarks>
/// Only the orchestration work item (under the instance's ETag) changes it once created; clients write pending events
/// instead, except creation over a terminal instance and purge. Durable timers are kept here, with
/// <see cref="NextTimerDueAt"/> as the index the timer sweep queries.
/// </remarks>
internal sealed class InstanceDocument
{
    public const string DocumentId = "instance";
    public const string DocumentType = "instance";

    public string Id { get; set; } = DocumentId;

    public string Type { get; set; } = DocumentType;

    public required string InstanceId { get; set; }

    public required string Name { get; set; }

    public OrchestrationRuntimeStatus Status { get; set; }

    public required string ExecutionId { get; set; }

    public string? Input { get; set; }

    public string? Output { get; set; }

    public string? CustomStatus { get; set; }

    public TaskFailureDetails? Failure { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastUpdatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public ParentInstance? Parent { get; set; }

    /// <summary>Identifies the request that created this execution chain, so a duplicate sub-orchestration start is recognised.</summary>
    public string? StartKey { get; set; }

    public int RewindCount { get; set; }

    public DateTimeOffset? ScheduledStartTime { get; set; }

    public DateTimeOffset? NextTimerDueAt { get; set; }

    public List<TimerRecord> Timers { get; set; } = [];

    public List<HistoryEvent> History { get; set; } = [];
}
