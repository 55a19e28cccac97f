namespace Logistics.Orchestration.Runtime;

/// <summary>What one episode produced: the events to append to history (actions included) and, when it ended, how.</summary>
internal sealed record EpisodeResult(IReadOnlyList<HistoryEvent> NewEvents, IReadOnlyList<HistoryEvent> Actions, ExecutionOutcome? Outcome);
