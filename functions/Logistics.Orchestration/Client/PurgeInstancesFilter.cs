namespace Logistics.Orchestration.Client;

/// <summary>Which terminal instances to purge; statuses other than Completed, Failed and Terminated are ignored.</summary>
public sealed record PurgeInstancesFilter(
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedTo = null,
    IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses = null);
