using Logistics.Domain.Common;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Inbound.Events;

/// <summary>Receipt closed and nothing is left pending: the notice is finished.</summary>
public sealed record InboundNoticeCompleted(OwnerId Owner, NoticeNumber NoticeNumber, DateTimeOffset OccurredAt) : IDomainEvent;
