namespace Logistics.Orchestration.Runtime;

/// <summary>An instance document as last committed (with its ETag) and the executor that produced it.</summary>
internal sealed record CachedOrchestration(InstanceDocument Document, string ETag, OrchestrationExecutor Executor);
