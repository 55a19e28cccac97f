namespace Logistics.Application.Warehouse;

/// <summary>Settings of the inbound flow (section <c>Warehouse</c>; env <c>Warehouse__ArrivalGrace</c> …).</summary>
public sealed class WarehouseOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Warehouse";

    /// <summary>How long after the expected date (00:00 UTC) a notice counts as overdue. Default 1 day.</summary>
    public TimeSpan ArrivalGrace { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long the owner has to decide on pending goods before the notice is flagged overdue. Default 3 days.</summary>
    public TimeSpan DecisionWindow { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The warehouse's X12 interchange id (ISA06 of what we send). Default <c>LOGISTICSWH</c>.</summary>
    public string X12InterchangeId { get; set; } = "LOGISTICSWH";
}
