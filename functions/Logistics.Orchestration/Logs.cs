using Microsoft.Extensions.Logging;

namespace Logistics.Orchestration;

/// <summary>Source-generated log messages of the orchestration engine (stable event ids 7100–7199).</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 7100, Level = LogLevel.Warning, Message = "Work item from {Entity} failed; the message will be retried: {Body}")]
    public static partial void WorkItemFailed(this ILogger logger, string entity, string body, Exception exception);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Debug, Message = "Orchestration {InstanceId} lost an ETag race (attempt {Attempt}); reloading")]
    public static partial void ConcurrencyConflict(this ILogger logger, string instanceId, int attempt);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Information, Message = "Orchestration {InstanceId} ({Name}) finished as {Status}")]
    public static partial void InstanceFinished(this ILogger logger, string instanceId, string name, OrchestrationRuntimeStatus status);

    [LoggerMessage(EventId = 7103, Level = LogLevel.Error, Message = "Orchestration {InstanceId} failed: {Failure}")]
    public static partial void InstanceFailed(this ILogger logger, string instanceId, TaskFailureDetails failure);

    [LoggerMessage(EventId = 7104, Level = LogLevel.Information, Message = "Activity {Name} for {InstanceId} threw {ErrorType}")]
    public static partial void ActivityThrew(this ILogger logger, string name, string instanceId, string errorType);

    [LoggerMessage(EventId = 7105, Level = LogLevel.Error, Message = "Receiving from {Entity} failed")]
    public static partial void PumpFailed(this ILogger logger, string entity, Exception exception);

    [LoggerMessage(EventId = 7106, Level = LogLevel.Error, Message = "The durable timer sweep failed")]
    public static partial void TimerSweepFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7107, Level = LogLevel.Debug, Message = "Timer sweep woke {Count} instance(s)")]
    public static partial void TimersFired(this ILogger logger, int count);

    [LoggerMessage(EventId = 7108, Level = LogLevel.Warning, Message = "Sub-orchestration {ChildId} could not start: the id is held by a running instance")]
    public static partial void ChildIdTaken(this ILogger logger, string childId);
}
