namespace Logistics.Application.Inbound;

/// <summary>The 944 receipt advice produced when the notice completed.</summary>
public sealed record AdviceRecord(string ReceiptNumber, DateOnly ReceivedOn, string X12, DateTimeOffset IssuedAt);
