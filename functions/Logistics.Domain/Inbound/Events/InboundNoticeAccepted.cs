using Logistics.Domain.Common;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Inbound.Events;

/// <summary>A notice passed validation and is now expected at the dock.</summary>
public sealed record InboundNoticeAccepted(OwnerId Owner, NoticeNumber NoticeNumber, int LineCount, DateTimeOffset OccurredAt) : IDomainEvent;
