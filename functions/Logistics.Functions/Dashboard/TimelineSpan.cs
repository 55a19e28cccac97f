namespace Logistics.Functions.Dashboard;

/// <summary>One bar (or point) of an instance's timeline.</summary>
/// <param name="Kind"><c>orchestration</c>, <c>activity</c>, <c>suborchestration</c>, <c>timer</c>, <c>wait</c>, <c>suspended</c> or <c>event</c> (a point).</param>
/// <param name="Name">The activity, sub-orchestration or event name; for a wait, the event that ended it or what it still waits for.</param>
/// <param name="Start">When it began.</param>
/// <param name="End">When it ended; null while it is still open.</param>
/// <param name="Outcome"><c>completed</c>, <c>failed</c>, <c>fired</c>, <c>ended by event</c>, <c>terminated</c>, <c>raised</c> or <c>open</c>.</param>
/// <param name="Due">For a timer or wait: when its timer fires.</param>
/// <param name="Detail">A failure message or a reason, when there is one.</param>
public sealed record TimelineSpan(string Kind, string Name, DateTimeOffset Start, DateTimeOffset? End, string Outcome, DateTimeOffset? Due = null, string? Detail = null);
