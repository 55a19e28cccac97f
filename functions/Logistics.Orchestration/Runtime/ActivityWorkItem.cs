namespace Logistics.Orchestration.Runtime;

/// <summary>One scheduled activity: everything needed to run it and to address its result.</summary>
internal sealed record ActivityWorkItem(string InstanceId, string ExecutionId, int TaskId, string Name, string? Input);
