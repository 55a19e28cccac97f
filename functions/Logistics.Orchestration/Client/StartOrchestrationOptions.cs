namespace Logistics.Orchestration.Client;

/// <summary>Options of <see cref="OrchestrationClient.ScheduleNewOrchestrationInstanceAsync"/>.</summary>
/// <param name="InstanceId">Caller-chosen id (idempotency key); null generates one.</param>
/// <param name="StartAt">Delayed start (a durable timer); null or past starts at once.</param>
public sealed record StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null);
