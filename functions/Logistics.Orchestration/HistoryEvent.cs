namespace Logistics.Orchestration;

/// <summary>One event of an orchestration's history. Which properties are set depends on <see cref="EventType"/>.</summary>
/// <remarks>
/// Histories are stored as JSON with <c>DocumentJson.Options</c>; changing the shape of this type is a data migration for
/// in-flight orchestrations. <see cref="EventId"/> is the task id of scheduling events (TaskScheduled, TimerCreated,
/// SubOrchestrationInstanceCreated, EventSent); result events name that id in <see cref="TaskScheduledId"/>.
/// </remarks>
public sealed record HistoryEvent
{
    /// <summary>The kind of event.</summary>
    public required HistoryEventType EventType { get; init; }

    /// <summary>When the event was recorded.</summary>
    public DateTimeOffset Timestamp { get; init; }

    /// <summary>Task id of a scheduling event.</summary>
    public int? EventId { get; init; }

    /// <summary>Task id a result event answers (TaskCompleted/Failed, TimerFired, SubOrchestrationInstanceCompleted/Failed).</summary>
    public int? TaskScheduledId { get; init; }

    /// <summary>Orchestrator, activity or event name.</summary>
    public string? Name { get; init; }

    /// <summary>Serialized input (JSON).</summary>
    public string? Input { get; init; }

    /// <summary>Serialized result (JSON).</summary>
    public string? Result { get; init; }

    /// <summary>Failure of a TaskFailed, SubOrchestrationInstanceFailed or failed ExecutionCompleted.</summary>
    public TaskFailureDetails? FailureDetails { get; init; }

    /// <summary>Fire time of a timer.</summary>
    public DateTimeOffset? FireAt { get; init; }

    /// <summary>Target instance of a sub-orchestration or a sent event.</summary>
    public string? InstanceId { get; init; }

    /// <summary>Execution id of an ExecutionStarted event.</summary>
    public string? ExecutionId { get; init; }

    /// <summary>Reason of a terminate, suspend, resume or rewind.</summary>
    public string? Reason { get; init; }

    /// <summary>Final status of an ExecutionCompleted event.</summary>
    public OrchestrationRuntimeStatus? OrchestrationStatus { get; init; }

    /// <summary>The parent of a sub-orchestration (ExecutionStarted only).</summary>
    public ParentInstance? Parent { get; init; }

    /// <summary>Delayed start time (ExecutionStarted only).</summary>
    public DateTimeOffset? ScheduledStartTime { get; init; }
}
