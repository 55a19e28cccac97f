using Azure.Core;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>
/// Where <see cref="AzureBlobRestStore"/> writes and how it signs in. Set the container by <see cref="ContainerUrl"/>
/// or by <see cref="ConnectionString"/> + <see cref="ContainerName"/>, and exactly one way to authorize:
/// an account key (<see cref="AccountName"/> + <see cref="AccountKey"/>, or a connection string with <c>AccountKey</c>),
/// a SAS (<see cref="SasToken"/>, a <see cref="ContainerUrl"/> with a query, or a connection string with
/// <c>SharedAccessSignature</c>), or an Entra ID token (<see cref="UseManagedIdentity"/> or <see cref="Credential"/>).
/// </summary>
public sealed class AzureBlobStoreOptions
{
    /// <summary>4 MiB: the default for <see cref="SinglePutLimitBytes"/> and <see cref="BlockSizeBytes"/>.</summary>
    public const int DefaultBlockBytes = 4 * 1024 * 1024;

    /// <summary>
    /// The container, e.g. <c>https://acct.blob.core.windows.net/reports</c> or <c>http://127.0.0.1:10000/devstoreaccount1/reports</c>;
    /// a query string is taken as a SAS token.
    /// </summary>
    public string? ContainerUrl { get; set; }

    /// <summary>
    /// <c>DefaultEndpointsProtocol=...;AccountName=...;AccountKey=...;BlobEndpoint=...</c> (Azure or Azurite format),
    /// <c>BlobEndpoint=...;SharedAccessSignature=...</c>, or <c>UseDevelopmentStorage=true</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>The container name, required with <see cref="ConnectionString"/>.</summary>
    public string? ContainerName { get; set; }

    /// <summary>The storage account name for Shared Key with <see cref="ContainerUrl"/>.</summary>
    public string? AccountName { get; set; }

    /// <summary>The base64 account key for Shared Key with <see cref="ContainerUrl"/>.</summary>
    public string? AccountKey { get; set; }

    /// <summary>A SAS token (with or without the leading <c>?</c>) appended to every request.</summary>
    public string? SasToken { get; set; }

    /// <summary>Authorize with the host's managed identity (Entra ID bearer tokens).</summary>
    public bool UseManagedIdentity { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty for the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Any Entra ID credential (code only, e.g. <c>DefaultAzureCredential</c>); bearer tokens for storage.</summary>
    public TokenCredential? Credential { get; set; }

    /// <summary>Content up to this size goes in one Put Blob; larger content is staged with Put Block + Put Block List.</summary>
    public int SinglePutLimitBytes { get; set; } = DefaultBlockBytes;

    /// <summary>Size of each staged block above <see cref="SinglePutLimitBytes"/>.</summary>
    public int BlockSizeBytes { get; set; } = DefaultBlockBytes;

    /// <summary>Blobs per List Blobs page (<c>maxresults</c>, 1-5000); null leaves it to the service (5000).</summary>
    public int? ListPageSize { get; set; }

    /// <summary>Retries after the first attempt for 408/429/5xx answers and transport errors; 0 disables retrying.</summary>
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>Delay before the first retry; it doubles per retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound of one retry delay.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
