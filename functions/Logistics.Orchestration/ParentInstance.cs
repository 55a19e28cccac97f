namespace Logistics.Orchestration;

/// <summary>Identifies the parent orchestration (and the task in it) that started a sub-orchestration.</summary>
/// <param name="InstanceId">The parent's instance id.</param>
/// <param name="ExecutionId">The parent's execution that is waiting.</param>
/// <param name="TaskId">The task id of the SubOrchestrationInstanceCreated event in the parent.</param>
/// <param name="Name">The parent's orchestrator name.</param>
public sealed record ParentInstance(string InstanceId, string ExecutionId, int TaskId, string Name);
