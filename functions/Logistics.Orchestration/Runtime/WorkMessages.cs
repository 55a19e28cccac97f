namespace Logistics.Orchestration.Runtime;

/// <summary>Body of an orchestration-work message: a wake-up of one instance, or events to deliver to other instances.</summary>
/// <param name="InstanceId">The instance to wake (its pending events are in its partition).</param>
/// <param name="Deliveries">Events for other partitions, each stored (idempotently) and then processed.</param>
internal sealed record OrchestrationWorkMessage(string? InstanceId, IReadOnlyList<EventDelivery>? Deliveries = null);
