using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Logistics.Storage.Blobs;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>Writing: one Put Blob for small content, Put Block + Put Block List above the limit.</summary>
public sealed partial class AzureBlobRestStore
{
    /// <summary>Azure's limit of committed blocks per blob.</summary>
    private const int MaxBlocks = 50_000;

    private async Task PutBlobAsync(string name, ReadOnlyMemory<byte> content, string contentType, BlobWriteMode mode, CancellationToken cancellationToken)
    {
        var (response, attempts) = await SendAsync(
            "Put Blob",
            name,
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Put, BlobUri(name)) { Content = new ReadOnlyMemoryContent(content) };
                request.Headers.TryAddWithoutValidation("x-ms-blob-type", "BlockBlob");
                AddBlobHeaders(request, contentType, mode);
                return request;
            },
            cancellationToken).ConfigureAwait(false);
        using (response)
            await EnsureWrittenAsync(response, "Put Blob", name, mode, attempts, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Stages the content as uncommitted blocks, then commits them in one Put Block List, which is what makes the blob
    /// appear (atomically) and carries the create-only condition. Staged blocks of a failed upload are discarded by
    /// the service after a week; they never become visible.
    /// </summary>
    private async Task PutBlocksAsync(string name, ReadOnlyMemory<byte> content, string contentType, BlobWriteMode mode, CancellationToken cancellationToken)
    {
        var blockCount = (content.Length + _blockSize - 1) / _blockSize;
        if (blockCount > MaxBlocks)
            throw new ArgumentException($"Blob '{name}' needs {blockCount} blocks of {_blockSize} bytes; Azure allows {MaxBlocks}. Raise BlockSizeBytes.", nameof(content));
        AzureBlobLog.UploadingBlocks(_logger, name, content.Length, blockCount);

        // A fresh prefix per upload: two concurrent uploads of one blob must not overwrite each other's staged blocks.
        // All ids of a blob must have the same length before base64 encoding, hence the fixed-width counter.
        var upload = Guid.NewGuid().ToString("N");
        var blockIds = new List<string>(blockCount);
        for (var i = 0; i < blockCount; i++)
        {
            var blockId = Convert.ToBase64String(Encoding.ASCII.GetBytes(upload + i.ToString("D6", CultureInfo.InvariantCulture)));
            var start = i * _blockSize;
            var block = content.Slice(start, Math.Min(_blockSize, content.Length - start));
            await PutBlockAsync(name, blockId, block, cancellationToken).ConfigureAwait(false);
            blockIds.Add(blockId);
        }

        var blockList = Encoding.UTF8.GetBytes(
            new XDeclaration("1.0", "utf-8", null) + new XElement("BlockList", blockIds.Select(id => new XElement("Latest", id))).ToString(SaveOptions.DisableFormatting));
        var (response, attempts) = await SendAsync(
            "Put Block List",
            name,
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Put, BlobUri(name, "?comp=blocklist")) { Content = new ByteArrayContent(blockList) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/xml");
                AddBlobHeaders(request, contentType, mode);
                return request;
            },
            cancellationToken).ConfigureAwait(false);
        using (response)
            await EnsureWrittenAsync(response, "Put Block List", name, mode, attempts, cancellationToken).ConfigureAwait(false);
    }

    private async Task PutBlockAsync(string name, string blockId, ReadOnlyMemory<byte> block, CancellationToken cancellationToken)
    {
        var (response, attempts) = await SendAsync(
            "Put Block",
            name,
            () => new HttpRequestMessage(HttpMethod.Put, BlobUri(name, $"?comp=block&blockid={Uri.EscapeDataString(blockId)}"))
            {
                Content = new ReadOnlyMemoryContent(block),
            },
            cancellationToken).ConfigureAwait(false);
        using (response)
            await EnsureSuccessAsync(response, "Put Block", name, attempts, cancellationToken).ConfigureAwait(false);
    }

    private static void AddBlobHeaders(HttpRequestMessage request, string contentType, BlobWriteMode mode)
    {
        request.Headers.TryAddWithoutValidation("x-ms-blob-content-type", contentType);
        if (mode == BlobWriteMode.CreateOnly)
            request.Headers.TryAddWithoutValidation("If-None-Match", "*");
    }

    private static async Task EnsureWrittenAsync(HttpResponseMessage response, string operation, string name, BlobWriteMode mode, int attempts, CancellationToken cancellationToken)
    {
        // Azure answers 409 BlobAlreadyExists to If-None-Match: *; 412 ConditionNotMet is accepted too.
        if (mode == BlobWriteMode.CreateOnly && response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed)
            throw new BlobAlreadyExistsException($"Blob '{name}' already exists.");
        await EnsureSuccessAsync(response, operation, name, attempts, cancellationToken).ConfigureAwait(false);
    }
}
