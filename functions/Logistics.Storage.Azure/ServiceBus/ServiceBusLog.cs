using Microsoft.Extensions.Logging;

namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>
/// Source-generated log messages of the Service Bus adapter (event ids 3300-3399). The SDK's own connection and retry
/// logs go to its Azure-Messaging-ServiceBus event source.
/// </summary>
internal static partial class ServiceBusLog
{
    [LoggerMessage(3301, LogLevel.Warning, "Dead-lettered message {SequenceNumber} on {Entity}: {Reason}")]
    public static partial void DeadLettered(ILogger logger, string entity, long sequenceNumber, string reason);

    [LoggerMessage(3302, LogLevel.Information, "Re-drove {Count} dead letters on {Entity}")]
    public static partial void Redriven(ILogger logger, string entity, int count);

    [LoggerMessage(3303, LogLevel.Debug, "Left the lock on message {SequenceNumber} of {Entity} to expire: it returns after the entity's lock duration, not after {RetryAfter}")]
    public static partial void LeftToExpire(ILogger logger, string entity, long sequenceNumber, TimeSpan retryAfter);
}
