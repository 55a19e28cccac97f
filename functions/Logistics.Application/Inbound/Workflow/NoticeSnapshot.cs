namespace Logistics.Application.Inbound.Workflow;

/// <summary>What the orchestration needs to know about its notice at the start, after a milestone or a periodic re-check.</summary>
/// <param name="Progress">Where the notice stands.</param>
/// <param name="ClosedAt">When the receipt closed, if it did.</param>
/// <param name="UndecidedPendingIds">Pending goods still awaiting the owner's decision.</param>
/// <param name="PutawayPlanned">True once putaway tasks exist.</param>
/// <param name="OpenPutawayTasks">Putaway tasks not yet confirmed.</param>
/// <param name="ArrivalDeadline">When the goods are due (see <see cref="NoticeDeadlines.Arrival"/>).</param>
/// <param name="DecisionDeadline">When the owner's decisions are due, once the receipt is closed.</param>
public sealed record NoticeSnapshot(
    NoticeProgress Progress,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<string> UndecidedPendingIds,
    bool PutawayPlanned,
    int OpenPutawayTasks,
    DateTimeOffset ArrivalDeadline,
    DateTimeOffset? DecisionDeadline)
{
    /// <summary>A notice just accepted: awaiting its goods, nothing received, decided or planned yet.</summary>
    public static NoticeSnapshot Accepted(NoticeDocument notice, NoticeDeadlines deadlines)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(deadlines);
        return new(notice.Progress, notice.ClosedAt, [], notice.PutawayPlanned, 0, deadlines.Arrival(notice), deadlines.Decision(notice));
    }
}
