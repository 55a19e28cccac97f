using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Logistics.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>
/// <see cref="IBlobStore"/> on Azure Blob storage through the official SDK (Azure.Storage.Blobs): block blobs in one
/// container, tested against Azurite with Shared Key, a SAS and Entra ID bearer tokens.
/// </summary>
/// <remarks>
/// <para>
/// The SDK signs, retries (<see cref="AzureBlobStoreOptions.MaxRetryAttempts"/>, exponential with jitter) and splits
/// large content into blocks (<see cref="AzureBlobStoreOptions.SinglePutLimitBytes"/>,
/// <see cref="AzureBlobStoreOptions.BlockSizeBytes"/>). The port's outcomes are mapped from the service's error
/// codes: <c>BlobNotFound</c> is a <c>null</c> read or a <c>false</c> delete, a create-only write that meets a blob
/// (409, or 412 on the conditional commit) is <see cref="BlobAlreadyExistsException"/>. Every other answer, a
/// missing container (<c>ContainerNotFound</c>) or a refused signature among them, surfaces as the SDK's
/// <see cref="RequestFailedException"/> with its <c>Status</c> and <c>ErrorCode</c>; a transport failure is one
/// with <c>Status</c> 0, and the SDK wraps every attempt's in an <see cref="AggregateException"/> once retries are spent.
/// </para>
/// <para>
/// Committing a block list discards every other staged block of the blob, so of concurrent large writes of one name
/// those whose blocks another writer's commit discarded fail with 400 <c>InvalidBlockList</c> (the service's rule, not
/// the SDK's); each upload stages under block ids of its own, so the blob is always one writer's whole content.
/// </para>
/// <para>
/// A create-only put sends <c>If-None-Match: *</c>; should its answer be lost and the SDK's retry then find the blob,
/// the put reports <see cref="BlobAlreadyExistsException"/> for a blob it wrote itself: callers that use create-only
/// as an idempotency check should treat "exists" as done.
/// </para>
/// </remarks>
public sealed partial class AzureBlobStore : IBlobStore
{
    private readonly BlobContainerClient _container;
    private readonly ILogger _logger;
    private readonly StorageTransferOptions _transfer;
    private readonly int _singlePutLimit;
    private readonly int _blockSize;
    private readonly int? _listPageSize;

    /// <summary>Creates a store from <paramref name="options"/>; the SDK client is built here, no request is sent.</summary>
    /// <exception cref="ArgumentException">The options are unusable; the message names every problem.</exception>
    public AzureBlobStore(AzureBlobStoreOptions options, ILogger<AzureBlobStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _container = AzureBlobClientFactory.Create(options);
        _logger = logger ?? NullLogger<AzureBlobStore>.Instance;
        _singlePutLimit = options.SinglePutLimitBytes;
        _blockSize = options.BlockSizeBytes;
        _transfer = new StorageTransferOptions
        {
            // The SDK puts content below InitialTransferSize in one request; the option means "up to and including".
            InitialTransferSize = options.SinglePutLimitBytes + 1L,
            MaximumTransferSize = options.BlockSizeBytes,
        };
        _listPageSize = options.ListPageSize;
    }

    /// <summary>Creates a store from the options the host configured (the DI constructor).</summary>
    public AzureBlobStore(IOptions<AzureBlobStoreOptions> options, ILogger<AzureBlobStore> logger)
        : this(options?.Value!, logger)
    {
    }

    /// <summary>The container's URL, without any SAS.</summary>
    public Uri ContainerUri => _container.Uri;

    /// <inheritdoc />
    public async Task<BlobDownload?> OpenReadAsync(string name, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        try
        {
            // One GET whose body is read as the caller reads: the content never sits whole in memory.
            var download = (await _container.GetBlobClient(name).DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            return new BlobDownload(name, download.Content, download.Details.ContentLength,
                AzureBlobFailures.ContentTypeOrDefault(download.Details.ContentType), download.Details.LastModified);
        }
        catch (RequestFailedException ex) when (AzureBlobFailures.IsBlobNotFound(ex))
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        try
        {
            // Snapshots would otherwise make the delete fail with 409 SnapshotsPresent.
            await _container.GetBlobClient(name).DeleteAsync(DeleteSnapshotsOption.IncludeSnapshots, conditions: null, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (AzureBlobFailures.IsBlobNotFound(ex))
        {
            return false;
        }
    }

    /// <summary>Creates the container unless it exists (Shared Key or Entra ID only: a container SAS cannot create it).</summary>
    /// <returns>True when this call created it.</returns>
    public async Task<bool> EnsureContainerExistsAsync(CancellationToken cancellationToken = default)
    {
        var created = await _container.CreateIfNotExistsAsync(PublicAccessType.None, metadata: null, cancellationToken).ConfigureAwait(false);
        if (created is null)
            return false;
        AzureBlobLog.ContainerCreated(_logger, ContainerUri);
        return true;
    }
}
