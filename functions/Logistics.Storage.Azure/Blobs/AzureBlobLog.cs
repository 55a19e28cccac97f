using System.Net;
using Microsoft.Extensions.Logging;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>Source-generated log messages of the Azure blob client (event ids 3100-3199). Never logs keys or tokens.</summary>
internal static partial class AzureBlobLog
{
    [LoggerMessage(3101, LogLevel.Warning, "Azure Blob {Operation} '{BlobName}' answered {StatusCode} ({Failure}); retry {Attempt} in {Delay}.")]
    public static partial void Retrying(ILogger logger, string operation, string blobName, HttpStatusCode? statusCode, string failure, int attempt, TimeSpan delay);

    [LoggerMessage(3102, LogLevel.Information, "Created blob container {ContainerUri}.")]
    public static partial void ContainerCreated(ILogger logger, Uri containerUri);

    [LoggerMessage(3103, LogLevel.Debug, "Uploading blob '{BlobName}' ({Length} bytes) in {BlockCount} blocks.")]
    public static partial void UploadingBlocks(ILogger logger, string blobName, int length, int blockCount);
}
