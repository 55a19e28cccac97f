using System.Net;
using Logistics.Storage.Blobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>
/// <see cref="IBlobStore"/> over the Azure Blob REST API (service version 2021-12-02), tested against Azurite.
/// It exists only because Azure.Storage.Blobs cannot be installed here, so it covers what the report drop needs and
/// no more: block blobs, Put Blob / Put Block + Put Block List, Get, List, Delete and Create Container.
/// </summary>
/// <remarks>
/// Authorization is Shared Key, a SAS, or an Entra ID bearer token (see <see cref="AzureBlobStoreOptions"/>). Transient
/// answers are retried with exponential backoff and jitter. A create-only put sends <c>If-None-Match: *</c>; should its
/// answer be lost and the retry then find the blob, the put reports <see cref="BlobAlreadyExistsException"/> for a blob
/// it wrote itself: callers that use create-only as an idempotency check should treat "exists" as done.
/// </remarks>
public sealed partial class AzureBlobRestStore : IBlobStore
{
    /// <summary>The named <see cref="HttpClient"/> that <c>AddAzureBlobStore</c> registers.</summary>
    public const string HttpClientName = "Logistics.Storage.AzureBlobs";

    /// <summary>The REST API version sent as <c>x-ms-version</c> (Azurite 3.37 accepts it).</summary>
    public const string ApiVersion = "2021-12-02";

    private readonly Func<HttpClient> _httpClient;
    private readonly AzureBlobConnection _connection;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly int _singlePutLimit;
    private readonly int _blockSize;
    private readonly int? _listPageSize;

    /// <summary>Creates a store that sends every request through <paramref name="httpClient"/>.</summary>
    /// <exception cref="ArgumentException">The options are unusable; the message names every problem.</exception>
    public AzureBlobRestStore(HttpClient httpClient, AzureBlobStoreOptions options, TimeProvider? timeProvider = null, ILogger<AzureBlobRestStore>? logger = null)
        : this(Validated(httpClient), options, timeProvider ?? TimeProvider.System, logger ?? NullLogger<AzureBlobRestStore>.Instance)
    {
    }

    /// <summary>Creates a store that takes a client from <paramref name="httpClientFactory"/> per request (DI constructor).</summary>
    public AzureBlobRestStore(IHttpClientFactory httpClientFactory, IOptions<AzureBlobStoreOptions> options, TimeProvider timeProvider, ILogger<AzureBlobRestStore> logger)
        : this(() => httpClientFactory.CreateClient(HttpClientName), options?.Value!, timeProvider, logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
    }

    private AzureBlobRestStore(Func<HttpClient> httpClient, AzureBlobStoreOptions options, TimeProvider timeProvider, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _connection = AzureBlobConnection.Resolve(options, timeProvider);
        _httpClient = httpClient;
        _timeProvider = timeProvider;
        _logger = logger;
        _singlePutLimit = options.SinglePutLimitBytes;
        _blockSize = options.BlockSizeBytes;
        _listPageSize = options.ListPageSize;
        _pipeline = BlobRetryPipeline.Create(options, timeProvider, logger);
    }

    /// <summary>The container's URL, without any SAS.</summary>
    public Uri ContainerUri => _connection.ContainerUri;

    /// <inheritdoc />
    public async Task PutAsync(
        string name,
        ReadOnlyMemory<byte> content,
        string contentType,
        BlobWriteMode mode = BlobWriteMode.Overwrite,
        CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        if (content.Length <= _singlePutLimit)
            await PutBlobAsync(name, content, contentType, mode, cancellationToken).ConfigureAwait(false);
        else
            await PutBlocksAsync(name, content, contentType, mode, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<BlobContent?> GetAsync(string name, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        var (response, attempts) = await SendAsync("Get Blob", name, () => new HttpRequestMessage(HttpMethod.Get, BlobUri(name)), cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
                return null;
            await EnsureSuccessAsync(response, "Get Blob", name, attempts, cancellationToken).ConfigureAwait(false);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            var headers = response.Content.Headers;
            return new BlobContent(
                name,
                bytes,
                headers.ContentType?.ToString() ?? "application/octet-stream",
                headers.LastModified ?? _timeProvider.GetUtcNow());
        }
    }

    /// <inheritdoc />
    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        BlobName.Validate(name);
        var (response, attempts) = await SendAsync(
            "Delete Blob",
            name,
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Delete, BlobUri(name));

                // Snapshots would otherwise make the delete fail with 409 SnapshotsPresent.
                request.Headers.TryAddWithoutValidation("x-ms-delete-snapshots", "include");
                return request;
            },
            cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
                return false;
            await EnsureSuccessAsync(response, "Delete Blob", name, attempts, cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>Creates the container unless it exists (Shared Key or token only: a container SAS cannot create it).</summary>
    /// <returns>True when this call created it.</returns>
    public async Task<bool> EnsureContainerExistsAsync(CancellationToken cancellationToken = default)
    {
        var (response, attempts) = await SendAsync(
            "Create Container",
            string.Empty,
            () => new HttpRequestMessage(HttpMethod.Put, new Uri(ContainerUri.AbsoluteUri + "?restype=container")),
            cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (response.StatusCode == HttpStatusCode.Conflict)
                return false;
            await EnsureSuccessAsync(response, "Create Container", string.Empty, attempts, cancellationToken).ConfigureAwait(false);
            AzureBlobLog.ContainerCreated(_logger, ContainerUri);
            return true;
        }
    }

    private static Func<HttpClient> Validated(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        return () => httpClient;
    }
}
