namespace Logistics.Orchestration.Runtime;

/// <summary>A durable timer waiting in its instance document.</summary>
internal sealed record TimerRecord(string ExecutionId, int TaskId, DateTimeOffset FireAt);
