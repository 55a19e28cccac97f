namespace Logistics.Functions.Table;

/// <summary>Timer trigger details in the Functions host's shape.</summary>
/// <param name="IsPastDue">True when the occurrence was missed (the runtime was down) and is being caught up.</param>
/// <param name="ScheduleStatus">Last and next occurrences as recorded by the schedule monitor, when known.</param>
public sealed record TimerInfo(bool IsPastDue, TimerScheduleStatus? ScheduleStatus);
