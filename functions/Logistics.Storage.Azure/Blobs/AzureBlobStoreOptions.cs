using Azure.Core;
using Azure.Storage.Blobs;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>
/// Where <see cref="AzureBlobStore"/> writes and how it signs in. Set the container by <see cref="ContainerUrl"/>
/// or by <see cref="ConnectionString"/> + <see cref="ContainerName"/>, and exactly one way to authorize:
/// an account key (<see cref="AccountName"/> + <see cref="AccountKey"/>, or a connection string with <c>AccountKey</c>),
/// a SAS (<see cref="SasToken"/>, a <see cref="ContainerUrl"/> with a query, or a connection string with
/// <c>SharedAccessSignature</c>), or an Entra ID token (<see cref="UseManagedIdentity"/> or <see cref="Credential"/>).
/// </summary>
/// <remarks>
/// A connection string carries its own credentials: <see cref="AccountName"/>, <see cref="AccountKey"/> and
/// <see cref="SasToken"/> go with <see cref="ContainerUrl"/> only. An endpoint-only connection string
/// (<c>BlobEndpoint=...</c>) may be combined with Entra ID.
/// </remarks>
public sealed class AzureBlobStoreOptions
{
    /// <summary>The configuration section these options are bound from (Functions' <c>Values</c>: <c>AzureBlobs__ContainerUrl</c>, ...).</summary>
    public const string SectionName = "AzureBlobs";

    /// <summary>4 MiB: the default for <see cref="SinglePutLimitBytes"/> and <see cref="BlockSizeBytes"/>.</summary>
    public const int DefaultBlockBytes = 4 * 1024 * 1024;

    /// <summary>
    /// The container, e.g. <c>https://acct.blob.core.windows.net/reports</c> or <c>http://127.0.0.1:10000/devstoreaccount1/reports</c>;
    /// a query string is taken as a SAS token.
    /// </summary>
    public string? ContainerUrl { get; set; }

    /// <summary>
    /// <c>DefaultEndpointsProtocol=...;AccountName=...;AccountKey=...;BlobEndpoint=...</c> (Azure or Azurite format),
    /// <c>BlobEndpoint=...;SharedAccessSignature=...</c>, or <c>UseDevelopmentStorage=true</c>; parsed by the Blob SDK.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The container name, required with <see cref="ConnectionString"/>.</summary>
    public string? ContainerName { get; set; }

    /// <summary>The storage account name for Shared Key with <see cref="ContainerUrl"/>.</summary>
    public string? AccountName { get; set; }

    /// <summary>The base64 account key for Shared Key with <see cref="ContainerUrl"/>.</summary>
    public string? AccountKey { get; set; }

    /// <summary>A SAS token (with or without the leading <c>?</c>) that authorizes every request.</summary>
    public string? SasToken { get; set; }

    /// <summary>
    /// Sign in with Entra ID through Azure.Identity's <c>DefaultAzureCredential</c>: the managed identity in Azure, a
    /// developer's own sign-in (Azure CLI, Visual Studio, ...) on a workstation. Bearer tokens need an https endpoint.
    /// </summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Any Entra ID credential (code only), used instead of <c>DefaultAzureCredential</c>; needs an https endpoint.</summary>
    public TokenCredential? Credential { get; set; }

    /// <summary>Content up to this size goes in one Put Blob; larger content is staged in blocks and committed at once.</summary>
    public int SinglePutLimitBytes { get; set; } = DefaultBlockBytes;

    /// <summary>Size of each staged block above <see cref="SinglePutLimitBytes"/>.</summary>
    public int BlockSizeBytes { get; set; } = DefaultBlockBytes;

    /// <summary>Blobs per List Blobs page (1-5000); null leaves it to the service (5000).</summary>
    public int? ListPageSize { get; set; }

    /// <summary>
    /// Retries after the first attempt for 408/429/5xx answers and transport errors (the SDK's
    /// <c>BlobClientOptions.Retry.MaxRetries</c>); 0 disables retrying.
    /// </summary>
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>Delay before the first retry; it doubles per retry, with jitter (the SDK's exponential retry mode).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound of one retry delay.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The Blob service version the SDK sends (<c>x-ms-version</c>); null means the SDK's own default, right for Azure.
    /// </summary>
    /// <remarks>
    /// An option rather than a constant because only emulators need it: Azurite answers 400 to a version newer than
    /// the newest it knows, and the SDK's default (2026-10-06 in Azure.Storage.Blobs 12.30.1) is newer than Azurite
    /// 3.37 knows (2026-06-06). The tests set <c>V2026_06_06</c> rather than start Azurite with
    /// <c>--skipApiVersionCheck</c>, so the emulator still checks the version the store really sends. Bound from
    /// configuration by name, e.g. <c>AzureBlobs__ServiceVersion=V2026_06_06</c>.
    /// </remarks>
    public BlobClientOptions.ServiceVersion? ServiceVersion { get; set; }

    /// <summary>
    /// Code only: adjusts the SDK's client options after the store has set retries and the service version, e.g. a
    /// proxy, an extra pipeline policy or a transport that trusts an emulator's certificate.
    /// </summary>
    public Action<BlobClientOptions>? ConfigureClientOptions { get; set; }
}
