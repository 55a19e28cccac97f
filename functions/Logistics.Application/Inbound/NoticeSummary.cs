namespace Logistics.Application.Inbound;

/// <summary>A notice in a list.</summary>
public sealed record NoticeSummary(string NoticeId, string NoticeNumber, string Type, string Status, DateOnly ExpectedDate, DateTimeOffset AcceptedAt, string StatusUri);
