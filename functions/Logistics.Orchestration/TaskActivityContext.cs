namespace Logistics.Orchestration;

/// <summary>Identifies one scheduled activity; stable across retries of the same delivery, so activities can be idempotent.</summary>
/// <param name="Name">The activity name.</param>
/// <param name="InstanceId">The calling orchestration instance.</param>
/// <param name="ExecutionId">The calling execution (changes on ContinueAsNew).</param>
/// <param name="TaskId">The task id in the caller's history.</param>
public sealed record TaskActivityContext(string Name, string InstanceId, string ExecutionId, int TaskId)
{
    /// <summary>A stable id of this scheduled activity, usable as an idempotency key (<c>instanceId:executionId:taskId</c>).</summary>
    /// <remarks>A retry attempt made by a retry policy is a new task with a new id; a redelivery of the same attempt keeps it.</remarks>
    public string ScheduledId => $"{InstanceId}:{ExecutionId}:{TaskId}";
}
