namespace Logistics.Functions.Table;

/// <summary>The schedule monitor's record of a timer, as the Functions host reports it.</summary>
/// <param name="Last">The occurrence last run.</param>
/// <param name="Next">The occurrence expected next.</param>
/// <param name="LastUpdated">When this record was written.</param>
public sealed record TimerScheduleStatus(DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated);
