namespace Logistics.Application.Inbound.Workflow;

/// <summary>What the orchestration needs to know about its notice at the start, after a milestone or a periodic re-check.</summary>
public sealed record NoticeSnapshot(
    NoticeProgress Progress, DateTimeOffset? ClosedAt, IReadOnlyList<string> UndecidedPendingIds, bool PutawayPlanned, int OpenPutawayTasks);
