namespace Logistics.Application.Warehouse;

/// <summary>Settings of the inbound flow (section <c>Warehouse</c>; env <c>Warehouse__ArrivalGrace</c> …).</summary>
public sealed class WarehouseOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "Warehouse";

    /// <summary>How long after the start of the expected date (in <see cref="TimeZone"/>) a notice counts as overdue. Default 1 day.</summary>
    public TimeSpan ArrivalGrace { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How long the owner has to decide on pending goods before the notice is flagged overdue. Default 3 days.</summary>
    public TimeSpan DecisionWindow { get; set; } = TimeSpan.FromDays(3);

    /// <summary>The warehouse's X12 interchange id (ISA06 of what we send). Default <c>LOGISTICSWH</c>.</summary>
    public string X12InterchangeId { get; set; } = "LOGISTICSWH";

    /// <summary>
    /// The IANA time zone the warehouse works in (for example <c>Europe/Berlin</c>): business dates (today, an expected
    /// date's start, the 944's receipt date) and the dates and times in X12 envelopes are the warehouse's local ones.
    /// Default <c>UTC</c>, which a deployment should replace with the warehouse's own zone.
    /// </summary>
    public string TimeZone { get; set; } = "UTC";
}
