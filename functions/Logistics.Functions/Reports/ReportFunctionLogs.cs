namespace Logistics.Functions.Reports;

/// <summary>Log messages of the report functions.</summary>
internal static partial class ReportFunctionLogs
{
    [LoggerMessage(EventId = 5201, Level = LogLevel.Error, Message = "The report schedules of owner {OwnerId} could not be run this pass; the next pass tries again.")]
    public static partial void ScheduleFailed(ILogger logger, Exception exception, string ownerId);
}
