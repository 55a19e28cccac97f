namespace Logistics.Application.Workflow;

/// <summary>What a waiting orchestration tells ops: the stage, the awaited milestone, its deadline and the next re-check.</summary>
/// <param name="Stage">Where the instance stands.</param>
/// <param name="WaitingFor">The milestone event awaited.</param>
/// <param name="Until">The deadline, or null when the wait has none.</param>
/// <param name="Overdue">True once the deadline passed (the wait goes on).</param>
/// <param name="Message">The same in words.</param>
/// <param name="NextCheck">When the instance reads its state again if no event comes first.</param>
public sealed record WaitState(string Stage, string WaitingFor, DateTimeOffset? Until, bool Overdue, string Message, DateTimeOffset NextCheck);
