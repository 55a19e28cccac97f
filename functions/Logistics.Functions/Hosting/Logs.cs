
namespace Logistics.Functions.Hosting;

/// <summary>Source-generated log messages of the function host; event ids are stable.</summary>
internal static partial class Logs
{
    [LoggerMessage(1000, LogLevel.Debug, "Function {FunctionName} succeeded (delivery {DeliveryCount}) in {ElapsedMs:F1} ms")]
    public static partial void FunctionSucceeded(ILogger logger, string functionName, int deliveryCount, double elapsedMs);

    [LoggerMessage(1001, LogLevel.Warning, "Function {FunctionName} failed (delivery {DeliveryCount})")]
    public static partial void FunctionFailed(ILogger logger, Exception exception, string functionName, int deliveryCount);

    [LoggerMessage(1010, LogLevel.Warning, "Timer {FunctionName} missed its occurrence at {Due:O}; running it once now")]
    public static partial void TimerPastDue(ILogger logger, string functionName, DateTimeOffset due);

    [LoggerMessage(1011, LogLevel.Error, "Timer {FunctionName} run failed; waiting for the next occurrence")]
    public static partial void TimerRunFailed(ILogger logger, Exception exception, string functionName);

    [LoggerMessage(1020, LogLevel.Error, "Receiving for {FunctionName} from {EntityPath} failed")]
    public static partial void ReceiveFailed(ILogger logger, Exception exception, string functionName, string entityPath);

    [LoggerMessage(1021, LogLevel.Warning, "Message {SequenceNumber} for {FunctionName} abandoned after delivery {DeliveryCount} ({ErrorType})")]
    public static partial void MessageAbandoned(ILogger logger, string functionName, long sequenceNumber, int deliveryCount, string errorType);

    [LoggerMessage(1022, LogLevel.Warning, "Abandoning message {SequenceNumber} for {FunctionName} failed; its lock will lapse")]
    public static partial void AbandonFailed(ILogger logger, Exception exception, string functionName, long sequenceNumber);

    [LoggerMessage(1023, LogLevel.Warning, "Lock on message {SequenceNumber} for {FunctionName} was lost; it will be redelivered")]
    public static partial void LockLost(ILogger logger, Exception exception, string functionName, long sequenceNumber);

    [LoggerMessage(1024, LogLevel.Information, "Stopping {FunctionName}: draining {InFlight} message(s) in flight")]
    public static partial void DrainingFunction(ILogger logger, string functionName, int inFlight);

    [LoggerMessage(1030, LogLevel.Error, "Unhandled exception on {Method} {Path}")]
    public static partial void UnhandledRequestException(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(1031, LogLevel.Warning, "Readiness check failed: the document store does not answer")]
    public static partial void ReadinessFailed(ILogger logger, Exception exception);

    [LoggerMessage(1040, LogLevel.Information, "Runtime: {Runtime}; documents: {Documents}; blobs: {Blobs}")]
    public static partial void RuntimeSelected(ILogger logger, string runtime, string documents, string blobs);

    [LoggerMessage(1042, LogLevel.Warning, "{Count} route(s) are mapped outside the function table, so they get no function.json and are unreachable in Azure (declare them with FunctionTableBuilder.Http): {Routes}")]
    public static partial void UndeclaredRoutes(ILogger logger, int count, string routes);

    [LoggerMessage(1041, LogLevel.Information, "Demo data created: publisher {PublisherId} with an API key, plus ops and floor keys")]
    public static partial void DemoCreated(ILogger logger, string publisherId);
}
