namespace Logistics.Application.ValueAdded.Workflow;

/// <summary>The value-added orchestration's custom status: the job's stage, what it waits for and the next re-check.</summary>
/// <param name="Stage">The job's stage (<c>Picking</c>, <c>Processing</c>, <c>Completed</c>, <c>Cancelled</c>).</param>
/// <param name="Kind">The job's kind.</param>
/// <param name="WaitingFor">The milestone event awaited, or null when done.</param>
/// <param name="Message">The same in words.</param>
/// <param name="OpenPickTasks">Open pick tasks, while picking.</param>
/// <param name="NextCheck">When the instance reads the job again if no event comes first.</param>
public sealed record ValueAddedStatus(string Stage, string Kind, string? WaitingFor, string Message, int? OpenPickTasks = null, DateTimeOffset? NextCheck = null);
