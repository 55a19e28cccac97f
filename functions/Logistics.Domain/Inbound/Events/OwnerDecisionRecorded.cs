using Logistics.Domain.Common;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Inbound.Events;

/// <summary>The owner decided what to do with one lot of pending goods.</summary>
public sealed record OwnerDecisionRecorded(OwnerId Owner, NoticeNumber NoticeNumber, PendingGoods Goods, DateTimeOffset OccurredAt) : IDomainEvent;
