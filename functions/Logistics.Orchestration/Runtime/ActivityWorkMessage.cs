namespace Logistics.Orchestration.Runtime;

/// <summary>Body of an activity-work message: self-sufficient work items (several per message keep fan-out commits small).</summary>
internal sealed record ActivityWorkMessage(IReadOnlyList<ActivityWorkItem> Items);
