namespace Logistics.Orchestration.Runtime;

/// <summary>An event for another instance's partition (a sub-orchestration start, its result, a sent event).</summary>
internal sealed record EventDelivery(PendingEventDocument Event);
