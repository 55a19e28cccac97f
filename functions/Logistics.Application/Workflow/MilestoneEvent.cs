namespace Logistics.Application.Workflow;

/// <summary>Payload of a milestone event: what happened and when (the state change itself is already committed).</summary>
public sealed record MilestoneEvent(string Detail, DateTimeOffset At);
