namespace Logistics.Functions.Hosting;

/// <summary>Source-generated log messages of the function app; event ids are stable.</summary>
internal static partial class Logs
{
    [LoggerMessage(1030, LogLevel.Error, "Unhandled exception on {Method} {Path}")]
    public static partial void UnhandledRequestException(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(1031, LogLevel.Warning, "Readiness check failed: the document store does not answer")]
    public static partial void ReadinessFailed(ILogger logger, Exception exception);

    [LoggerMessage(1040, LogLevel.Information, "Runtime: {Runtime}; documents: {Documents}; blobs: {Blobs}")]
    public static partial void RuntimeSelected(ILogger logger, string runtime, string documents, string blobs);

    [LoggerMessage(1041, LogLevel.Information, "Demo data created: publisher {PublisherId} with an API key, plus ops and floor keys")]
    public static partial void DemoCreated(ILogger logger, string publisherId);

    [LoggerMessage(1050, LogLevel.Information, "Reconciliation repaired {Repaired} notice(s) and order(s) of {OwnerId}")]
    public static partial void OrchestrationsReconciled(ILogger logger, string ownerId, int repaired);

    [LoggerMessage(1060, LogLevel.Information, "Storage snapshot of {OwnerId} for {Date}: {Units} units in {Locations} locations")]
    public static partial void StorageSnapshotTaken(ILogger logger, string ownerId, DateOnly date, long units, int locations);
}
