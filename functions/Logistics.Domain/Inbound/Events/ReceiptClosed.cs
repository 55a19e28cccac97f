using Logistics.Domain.Common;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Inbound.Events;

/// <summary>Receiving finished; carries the per-line results the 944 receipt advice is built from.</summary>
public sealed record ReceiptClosed(
    OwnerId Owner, NoticeNumber NoticeNumber, IReadOnlyList<ReceiptLineResult> Results, IReadOnlyList<PendingGoods> Pending, DateTimeOffset OccurredAt)
    : IDomainEvent;
