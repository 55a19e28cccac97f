using Microsoft.Extensions.Logging;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Source-generated log messages of the Cosmos DB adapter (event ids 3100–3199).</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Cosmos DB container {Container} in database {Database} ready (status {Status})")]
    public static partial void ContainerEnsured(ILogger logger, string container, string database, int status);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "Cosmos DB batch in container {Container} rolled back: operation {Index} failed with status {Status}")]
    public static partial void BatchRolledBack(ILogger logger, string container, int index, int status);
}
