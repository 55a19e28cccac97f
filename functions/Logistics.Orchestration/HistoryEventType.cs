namespace Logistics.Orchestration;

/// <summary>Kinds of history event, in Durable Task's vocabulary.</summary>
public enum HistoryEventType
{
    /// <summary>The execution started with its name and input.</summary>
    ExecutionStarted,

    /// <summary>An episode began; its timestamp is the orchestrator's <c>CurrentUtcDateTime</c>.</summary>
    OrchestratorStarted,

    /// <summary>An episode ended and its actions were committed.</summary>
    OrchestratorCompleted,

    /// <summary>An activity was scheduled.</summary>
    TaskScheduled,

    /// <summary>An activity returned.</summary>
    TaskCompleted,

    /// <summary>An activity threw.</summary>
    TaskFailed,

    /// <summary>A durable timer was created.</summary>
    TimerCreated,

    /// <summary>A durable timer fired.</summary>
    TimerFired,

    /// <summary>An external event arrived.</summary>
    EventRaised,

    /// <summary>The orchestrator sent an event to another instance.</summary>
    EventSent,

    /// <summary>A sub-orchestration was started.</summary>
    SubOrchestrationInstanceCreated,

    /// <summary>A sub-orchestration completed.</summary>
    SubOrchestrationInstanceCompleted,

    /// <summary>A sub-orchestration failed (or was terminated).</summary>
    SubOrchestrationInstanceFailed,

    /// <summary>The execution finished (completed or failed).</summary>
    ExecutionCompleted,

    /// <summary>The execution was terminated.</summary>
    ExecutionTerminated,

    /// <summary>The execution was suspended.</summary>
    ExecutionSuspended,

    /// <summary>The execution was resumed.</summary>
    ExecutionResumed,

    /// <summary>A failed execution was rewound: its failed results were dropped and the tasks dispatched again.</summary>
    ExecutionRewound,

    /// <summary>The execution ended by continuing as new; the next execution starts with a fresh history.</summary>
    ContinueAsNew,
}
