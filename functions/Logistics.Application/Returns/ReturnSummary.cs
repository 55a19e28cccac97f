namespace Logistics.Application.Returns;

/// <summary>One return in a list.</summary>
public sealed record ReturnSummary(string ReturnId, string ReturnNumber, string Origin, string Status, DateOnly? ExpectedDate, DateTimeOffset AcceptedAt, string ReturnUri);
