namespace Logistics.Orchestration;

/// <summary>The lifecycle state of an orchestration instance, as Durable Functions names it.</summary>
public enum OrchestrationRuntimeStatus
{
    /// <summary>Scheduled; its first episode has not run yet.</summary>
    Pending,

    /// <summary>Started and not finished.</summary>
    Running,

    /// <summary>Finished with an output.</summary>
    Completed,

    /// <summary>Finished with an unhandled failure (or a non-determinism error); can be rewound.</summary>
    Failed,

    /// <summary>Stopped by a terminate request.</summary>
    Terminated,

    /// <summary>Paused by a suspend request; events are buffered until it is resumed.</summary>
    Suspended,

    /// <summary>Between two executions after <c>ContinueAsNew</c>; the next execution starts on the next work item.</summary>
    ContinuedAsNew,
}
