using Logistics.Domain.Common;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Inbound.Events;

/// <summary>A count was recorded at the dock (billing rates receiving per unit from these).</summary>
public sealed record ReceiptScanRecorded(OwnerId Owner, NoticeNumber NoticeNumber, ReceiptScan Scan, DateTimeOffset OccurredAt) : IDomainEvent;
