using Microsoft.Extensions.Logging;

namespace Logistics.Storage.Sqlite;

/// <summary>Source-generated log messages of the embedded SQLite store and queue (event ids 3100-3199).</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Opened embedded storage at {DatabasePath} (synchronous={SynchronousMode})")]
    public static partial void Opened(this ILogger logger, string databasePath, SqliteSynchronousMode synchronousMode);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Purged {Count} expired documents")]
    public static partial void PurgedExpired(this ILogger logger, int count);

    [LoggerMessage(EventId = 3110, Level = LogLevel.Warning, Message = "Dead-lettered message {SequenceNumber} on {Entity}: {Reason}")]
    public static partial void DeadLettered(this ILogger logger, string entity, long sequenceNumber, string reason);

    [LoggerMessage(EventId = 3111, Level = LogLevel.Information, Message = "Re-drove {Count} dead letters on {Entity}")]
    public static partial void Redriven(this ILogger logger, string entity, int count);
}
