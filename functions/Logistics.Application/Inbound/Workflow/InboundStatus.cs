namespace Logistics.Application.Inbound.Workflow;

/// <summary>The orchestration's custom status: always what it waits for and until when (invariant 4).</summary>
/// <param name="Stage">AwaitingArrival, Receiving, AwaitingDecision, Putaway or Completed.</param>
/// <param name="WaitingFor">The milestone event awaited, or null when done.</param>
/// <param name="Until">The deadline, or null when the wait has none.</param>
/// <param name="Overdue">True once the deadline passed (the wait goes on).</param>
/// <param name="Message">The same in words.</param>
/// <param name="Pending">Undecided pending-goods ids, while awaiting decisions.</param>
/// <param name="OpenTasks">Open putaway tasks, during putaway.</param>
/// <param name="NextCheck">When the instance reads the notice again if no event comes first (the deadline or the re-check).</param>
public sealed record InboundStatus(
    string Stage, string? WaitingFor, DateTimeOffset? Until, bool Overdue, string Message, IReadOnlyList<string>? Pending = null, int? OpenTasks = null,
    DateTimeOffset? NextCheck = null);
