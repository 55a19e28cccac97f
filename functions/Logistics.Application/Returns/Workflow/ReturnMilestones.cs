namespace Logistics.Application.Returns.Workflow;

/// <summary>External event names the return orchestration waits for (raised by the floor, owner and intake endpoints).</summary>
public static class ReturnMilestones
{
    /// <summary>The goods reached the returns area (brought in, or collected by the center).</summary>
    public const string ReturnArrived = "ReturnArrived";

    /// <summary>The floor closed the receipt.</summary>
    public const string ReceiptClosed = "ReturnReceiptClosed";

    /// <summary>The floor inspected and disposed of one part.</summary>
    public const string PartDisposed = "ReturnPartDisposed";

    /// <summary>The owner decided on one held part.</summary>
    public const string OwnerDecision = "ReturnOwnerDecision";

    /// <summary>Goods for the supplier were handed to a carrier.</summary>
    public const string SupplierHandover = "SupplierHandover";

    /// <summary>The owner replaced or cancelled the return: whatever the instance waits for, it reads the return again.</summary>
    public const string ReturnChanged = "ReturnChanged";

    /// <summary>Every milestone, for the dashboard's raise-event list.</summary>
    public static IReadOnlyList<string> All { get; } = [ReturnArrived, ReceiptClosed, PartDisposed, OwnerDecision, SupplierHandover, ReturnChanged];
}
