namespace Logistics.Orchestration.Client;

/// <summary>One page of instances; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record OrchestrationQueryResult(IReadOnlyList<OrchestrationMetadata> Instances, string? ContinuationToken);
