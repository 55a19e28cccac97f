namespace Logistics.Storage.CrashWriter;

/// <summary>The names the crash writer and the crash test agree on.</summary>
public static class CrashWorkload
{
    /// <summary>Container the writer fills (partition key <c>/pk</c>).</summary>
    public const string Container = "crash";

    /// <summary>Queue that receives one outbox message per batch, body = the batch's partition key.</summary>
    public const string BatchQueue = "crash-batches";

    /// <summary>Queue that receives plain sends.</summary>
    public const string MessageQueue = "crash-messages";

    /// <summary>Documents per batch.</summary>
    public const int BatchSize = 5;

    /// <summary>Every acknowledgement line ends with this, so a line cut by the kill is recognisable.</summary>
    public const char EndOfAck = ';';
}
