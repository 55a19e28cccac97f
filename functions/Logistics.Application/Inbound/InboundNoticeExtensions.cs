using Logistics.Domain.Inbound;

namespace Logistics.Application.Inbound;

/// <summary>Small questions about the aggregate's state.</summary>
internal static class InboundNoticeExtensions
{
    public static bool ClosedOrLater(this InboundNotice notice) => notice.Status is NoticeStatus.AwaitingDecision or NoticeStatus.Completed;
}
