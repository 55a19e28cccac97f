namespace Logistics.Domain.Inbound;

/// <summary>Lifecycle of an inbound notice.</summary>
public enum NoticeStatus
{
    /// <summary>Accepted, goods not yet arrived.</summary>
    Notified,

    /// <summary>At least one scan recorded; receipt open.</summary>
    Receiving,

    /// <summary>Receipt closed with goods parked pending the owner's decision.</summary>
    AwaitingDecision,

    /// <summary>Receipt closed and every pending lot decided.</summary>
    Completed,
}
