namespace Logistics.Orchestration.Runtime;

/// <summary>How an execution ended.</summary>
/// <param name="Status">Completed, Failed or ContinuedAsNew.</param>
/// <param name="Output">Serialized output (Completed) or new input (ContinuedAsNew).</param>
/// <param name="Failure">Why it failed.</param>
/// <param name="CarriedEvents">External events carried into the next execution (ContinuedAsNew only).</param>
internal sealed record ExecutionOutcome(
    OrchestrationRuntimeStatus Status,
    string? Output,
    TaskFailureDetails? Failure,
    IReadOnlyList<BufferedEvent> CarriedEvents);
