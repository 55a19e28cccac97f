namespace Logistics.Application.Inbound.Workflow;

/// <summary>Input of <see cref="CompleteNoticeActivity"/>; <paramref name="At"/> is orchestration time, identical on rerun.</summary>
public sealed record CompleteNoticeInput(string NoticeId, DateTimeOffset At);
