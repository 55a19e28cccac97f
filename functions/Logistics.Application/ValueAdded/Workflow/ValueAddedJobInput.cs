namespace Logistics.Application.ValueAdded.Workflow;

/// <summary>Input of <see cref="ValueAddedJobOrchestrator"/>.</summary>
/// <param name="OwnerId">The job's owner.</param>
/// <param name="JobId">The job id.</param>
public sealed record ValueAddedJobInput(string OwnerId, string JobId);
