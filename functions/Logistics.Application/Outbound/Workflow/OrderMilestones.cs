namespace Logistics.Application.Outbound.Workflow;

/// <summary>External event names the outbound orchestration waits for (raised by the floor, carrier and publisher endpoints).</summary>
public static class OrderMilestones
{
    /// <summary>The order's ship-not-before day began (a timer, never raised by anyone: the wait names it).</summary>
    public const string ReleaseDate = "ReleaseDate";

    /// <summary>Stock of an item the order waits for was put away.</summary>
    public const string StockArrived = "StockArrived";

    /// <summary>The floor booked a pick.</summary>
    public const string PickConfirmed = "PickConfirmed";

    /// <summary>The floor packed cartons.</summary>
    public const string Packed = "Packed";

    /// <summary>A carrier took cartons.</summary>
    public const string HandedOver = "HandedOver";

    /// <summary>A carrier reported a delivery or a failed delivery.</summary>
    public const string DeliveryReported = "DeliveryReported";

    /// <summary>The owner replaced or cancelled the order: whatever the instance waits for, it reads the order again.</summary>
    public const string OrderChanged = "OrderChanged";
}
