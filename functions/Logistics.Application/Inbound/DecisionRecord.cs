using Logistics.Domain.Inbound;

namespace Logistics.Application.Inbound;

/// <summary>The owner's decision on one lot of pending goods.</summary>
public sealed record DecisionRecord(string PendingId, OwnerDecision Decision, DateTimeOffset DecidedAt);
