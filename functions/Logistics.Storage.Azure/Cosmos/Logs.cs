using Microsoft.Extensions.Logging;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Source-generated log messages of the Cosmos DB adapter (event ids 3100–3199).</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Cosmos DB container {Container} in database {Database} ready (status {Status})")]
    public static partial void ContainerEnsured(ILogger logger, string container, string database, int status);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Cosmos DB batch in container {Container} rolled back: operation {Index} failed with status {Status}")]
    public static partial void BatchRolledBack(ILogger logger, string container, int index, int status);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Outbox relay sent {Count} messages from Cosmos DB container {Container}")]
    public static partial void OutboxRelayed(ILogger logger, int count, string container);

    [LoggerMessage(
        EventId = 3103,
        Level = LogLevel.Warning,
        Message = "Outbox relay checkpoint of Cosmos DB container {Container} was last saved {Age} ago: outbox messages expire {TimeToLive} after their commit, so a relay stopped that long loses them")]
    public static partial void OutboxCheckpointStale(ILogger logger, string container, TimeSpan age, TimeSpan timeToLive);

    [LoggerMessage(
        EventId = 3104,
        Level = LogLevel.Information,
        Message = "Outbox relay checkpoint of Cosmos DB container {Container} was moved by another relay: this run stops there, and the next resends from the saved position (message ids let the bus drop the repeats)")]
    public static partial void OutboxCheckpointTaken(ILogger logger, string container);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Error, Message = "Outbox relay skipped a malformed outbox document in Cosmos DB container {Container}")]
    public static partial void OutboxDocumentMalformed(ILogger logger, string container, Exception exception);
}
