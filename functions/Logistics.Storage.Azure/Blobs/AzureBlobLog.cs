using Microsoft.Extensions.Logging;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>
/// Source-generated log messages of the Azure blob adapter (event ids 3200-3299). Never logs keys or tokens; the
/// SDK's own request and retry logs go to its Azure.Core event source.
/// </summary>
internal static partial class AzureBlobLog
{
    [LoggerMessage(3201, LogLevel.Information, "Created blob container {ContainerUri}.")]
    public static partial void ContainerCreated(ILogger logger, Uri containerUri);

    [LoggerMessage(3202, LogLevel.Debug, "Uploading blob '{BlobName}' ({Length} bytes) in {BlockCount} blocks.")]
    public static partial void UploadingBlocks(ILogger logger, string blobName, long length, int blockCount);
}
