namespace Logistics.Application.ValueAdded.Workflow;

/// <summary>What the value-added orchestration reads of its job.</summary>
/// <param name="Stage">The job's stage.</param>
/// <param name="Kind">The job's kind (camelCase).</param>
/// <param name="OpenPickTasks">Pick tasks with units still to take to the processing area.</param>
/// <param name="OutputUnits">Units the job produces.</param>
public sealed record ValueAddedJobSnapshot(ValueAddedStage Stage, string Kind, int OpenPickTasks, int OutputUnits);
