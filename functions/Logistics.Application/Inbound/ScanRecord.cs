using Logistics.Domain.Inbound;

namespace Logistics.Application.Inbound;

/// <summary>One recorded scan; <see cref="ScanId"/> is the floor device's own id, which makes a resend harmless.</summary>
public sealed record ScanRecord(string ScanId, string? Sku, string? UnknownCode, string? Lot, DateOnly? Expiry, int Quantity, ItemCondition Condition, DateTimeOffset ScannedAt);
