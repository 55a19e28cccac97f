using Azure;
using Azure.Storage.Blobs.Models;
using Logistics.Storage.Blobs;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>Writing: the SDK puts small content in one request and stages larger content in blocks.</summary>
public sealed partial class AzureBlobStore
{
    /// <summary>Azure's limit of committed blocks per blob.</summary>
    private const int MaxBlocks = 50_000;

    /// <inheritdoc />
    public async Task PutAsync(
        string name,
        Stream content,
        string contentType,
        BlobWriteMode mode = BlobWriteMode.Overwrite,
        CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);

        // A stream of unknown length (a report written as it is read) is staged in blocks as it comes; its block count
        // is only known, and checked by the service, at the commit.
        if (content.CanSeek && content.Length - content.Position > _singlePutLimit)
        {
            var length = content.Length - content.Position;
            var blockCount = (int)((length + _blockSize - 1) / _blockSize);
            if (blockCount > MaxBlocks)
                throw new ArgumentException($"Blob '{name}' needs {blockCount} blocks of {_blockSize} bytes; Azure allows {MaxBlocks}. Raise BlockSizeBytes.", nameof(content));
            AzureBlobLog.UploadingBlocks(_logger, name, length, blockCount);
        }

        var upload = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },

            // Above the single-put limit the SDK stages blocks unconditionally and sends the condition with the commit
            // (Put Block List), the one request that makes the blob appear.
            Conditions = mode == BlobWriteMode.CreateOnly ? new BlobRequestConditions { IfNoneMatch = ETag.All } : null,
            TransferOptions = _transfer,
        };
        try
        {
            await _container.GetBlobClient(name).UploadAsync(content, upload, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (mode == BlobWriteMode.CreateOnly && AzureBlobFailures.IsExistingBlob(ex))
        {
            throw new BlobAlreadyExistsException($"Blob '{name}' already exists.", ex);
        }
    }
}
