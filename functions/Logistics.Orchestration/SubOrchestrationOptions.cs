namespace Logistics.Orchestration;

/// <summary>Options of a sub-orchestration call.</summary>
/// <param name="InstanceId">The child's instance id; null derives a deterministic one with <c>NewGuid</c>.</param>
/// <param name="Retry">The retry policy; null: one attempt.</param>
public sealed record SubOrchestrationOptions(string? InstanceId = null, RetryPolicy? Retry = null) : TaskOptions(Retry);
