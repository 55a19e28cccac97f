namespace Logistics.Application.Inbound;

/// <summary>Where an inbound notice stands in the warehouse flow.</summary>
public enum NoticeProgress
{
    /// <summary>Accepted; the goods have not reached the dock.</summary>
    AwaitingArrival,

    /// <summary>At the dock; the floor is scanning.</summary>
    Receiving,

    /// <summary>Receipt closed; the owner must decide on pending goods.</summary>
    AwaitingDecision,

    /// <summary>Good stock is being put away.</summary>
    Putaway,

    /// <summary>Done; the 944 receipt advice is available.</summary>
    Completed,

    /// <summary>
    /// Stopped before completion because ops terminated its orchestration: pending-in stock is released, goods already
    /// received stay on hand where they are, and no receipt advice is sent.
    /// </summary>
    Cancelled,
}
