namespace Logistics.Application.Inbound.Workflow;

/// <summary>Input of <see cref="InboundNoticeOrchestrator"/>; deadlines are fixed at intake so replays see the same values.</summary>
public sealed record InboundNoticeInput(string OwnerId, string NoticeId, DateTimeOffset ArrivalDeadline, TimeSpan DecisionWindow);
