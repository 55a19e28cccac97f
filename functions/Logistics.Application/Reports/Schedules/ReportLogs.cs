using Microsoft.Extensions.Logging;

namespace Logistics.Application.Reports.Schedules;

/// <summary>Log messages of the report schedules.</summary>
internal static partial class ReportLogs
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Owner {OwnerId}: schedule {Schedule} started {Count} report runs, up to the occurrence at {Last:o}.")]
    public static partial void ScheduledRunsStarted(ILogger logger, string ownerId, string schedule, int count, DateTimeOffset last);
}
