namespace Logistics.Application.Inbound.Workflow;

/// <summary>External event names the inbound orchestration waits for (raised by the floor and publisher endpoints).</summary>
public static class InboundMilestones
{
    /// <summary>The goods reached the dock.</summary>
    public const string DockArrival = "DockArrival";

    /// <summary>The receipt was closed (by the floor, or by the last scan that completed every line).</summary>
    public const string ReceiptClosed = "ReceiptClosed";

    /// <summary>The owner decided on one lot of pending goods.</summary>
    public const string OwnerDecision = "OwnerDecision";

    /// <summary>The floor confirmed one putaway move.</summary>
    public const string PutawayConfirmed = "PutawayConfirmed";

    /// <summary>The owner replaced or cancelled the notice: whatever the instance waits for, it reads the notice again.</summary>
    public const string NoticeChanged = "NoticeChanged";
}
