namespace Logistics.Application.Inbound.Workflow;

/// <summary>Input of <see cref="InboundNoticeOrchestrator"/>: which notice it carries (everything else it reads from the notice).</summary>
/// <param name="OwnerId">The publisher.</param>
/// <param name="NoticeId">The notice.</param>
public sealed record InboundNoticeInput(string OwnerId, string NoticeId)
{
    /// <summary>
    /// The notice as its intake committed it, which spares the first read (an activity and an episode per notice); null
    /// when a repair or a continue-as-new starts the instance, which then reads the notice first.
    /// </summary>
    public NoticeSnapshot? Accepted { get; init; }
}
