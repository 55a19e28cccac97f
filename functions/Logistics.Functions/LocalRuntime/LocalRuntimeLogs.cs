namespace Logistics.Functions.LocalRuntime;

/// <summary>Source-generated log messages of the local runtime; event ids are stable (1100–1199).</summary>
internal static partial class LocalRuntimeLogs
{
    [LoggerMessage(1100, LogLevel.Warning, "Timer {FunctionName} missed its occurrence at {Due:O}; running it once now")]
    public static partial void TimerPastDue(ILogger logger, string functionName, DateTimeOffset due);

    [LoggerMessage(1101, LogLevel.Error, "Timer {FunctionName} run failed; waiting for the next occurrence")]
    public static partial void TimerRunFailed(ILogger logger, Exception exception, string functionName);

    [LoggerMessage(1102, LogLevel.Information, "Local runtime: {Http} HTTP functions under /{RoutePrefix}, {Timers} timers, {Orchestrators} orchestrators and {Activities} activities on the embedded Durable Task backend")]
    public static partial void Serving(ILogger logger, int http, string routePrefix, int timers, int orchestrators, int activities);

    [LoggerMessage(1103, LogLevel.Information, "Timer {FunctionName} is disabled by its AzureWebJobs.{FunctionName}.Disabled setting")]
    public static partial void TimerDisabled(ILogger logger, string functionName);
}
