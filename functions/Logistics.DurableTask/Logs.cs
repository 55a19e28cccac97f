using DurableTask.Core;
using Microsoft.Extensions.Logging;

namespace Logistics.DurableTask;

/// <summary>The assembly's log messages, with stable event ids.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Durable Task worker running on {Provider} ({MaxOrchestrations} orchestration and {MaxActivities} activity work items at once)")]
    public static partial void WorkerStarted(this ILogger logger, string provider, int maxOrchestrations, int maxActivities);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Durable Task worker stopped")]
    public static partial void WorkerStopped(this ILogger logger);

    [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "SQLite task hub at {DatabasePath} started; this process owns it")]
    public static partial void TaskHubStarted(this ILogger logger, string databasePath);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "SQLite task hub at {DatabasePath} stopped")]
    public static partial void TaskHubStopped(this ILogger logger, string databasePath);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "Looking for work written by other processes failed; retrying at the next poll")]
    public static partial void PollFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 13, Level = LogLevel.Information, Message = "Discarded {Count} message(s) ({EventTypes}) for instance {InstanceId}: {Reason}")]
    public static partial void MessagesDiscarded(this ILogger logger, string instanceId, int count, string eventTypes, string reason);

    [LoggerMessage(EventId = 14, Level = LogLevel.Warning, Message = "Sub-orchestration {InstanceId} was not started: an instance with that id is still {Status}")]
    public static partial void SubOrchestrationNotStarted(this ILogger logger, string instanceId, OrchestrationStatus status);

    [LoggerMessage(EventId = 15, Level = LogLevel.Warning, Message = "Orchestration work item for {InstanceId} abandoned; its messages are delivered again after {Delay}")]
    public static partial void OrchestrationAbandoned(this ILogger logger, string instanceId, TimeSpan delay);

    [LoggerMessage(EventId = 16, Level = LogLevel.Warning, Message = "Activity {Name} of instance {InstanceId} abandoned; it runs again after {Delay}")]
    public static partial void ActivityAbandoned(this ILogger logger, string? name, string instanceId, TimeSpan delay);
}
