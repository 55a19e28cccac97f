namespace Logistics.Application.Returns.Workflow;

/// <summary>The return orchestration's custom status: always what it waits for and until when (invariant 4).</summary>
/// <param name="Stage">AwaitingArrival, Receiving, Inspection, AwaitingOwner, AwaitingHandover, Completed or Cancelled.</param>
/// <param name="WaitingFor">The milestone event awaited, or null when done.</param>
/// <param name="Until">The deadline (arrival, or the earliest held part's), or null when the wait has none.</param>
/// <param name="Overdue">True once the deadline passed.</param>
/// <param name="Message">The same in words.</param>
/// <param name="Held">Parts awaiting the owner's decision, when there are.</param>
/// <param name="NextCheck">When the instance reads the return again if no event comes first.</param>
public sealed record ReturnStatus(
    string Stage, string? WaitingFor, DateTimeOffset? Until, bool Overdue, string Message, IReadOnlyList<string>? Held = null, DateTimeOffset? NextCheck = null);
