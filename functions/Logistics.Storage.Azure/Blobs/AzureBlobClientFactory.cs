using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Storage;
using Azure.Storage.Blobs;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>
/// Builds the SDK's <see cref="BlobContainerClient"/> that <see cref="AzureBlobStoreOptions"/> describe, or names
/// every problem with them. Building does no I/O, so validation builds the client too and catches what the SDK
/// itself would refuse (a malformed connection string, say) before the first request.
/// </summary>
internal static class AzureBlobClientFactory
{
    /// <summary>Every problem with <paramref name="options"/>, each a sentence naming the setting; empty when usable.</summary>
    internal static List<string> Validate(AzureBlobStoreOptions options)
    {
        var errors = new List<string>();
        TryCreate(options, errors);
        return errors;
    }

    /// <summary>Creates the client or throws an <see cref="ArgumentException"/> listing every problem.</summary>
    internal static BlobContainerClient Create(AzureBlobStoreOptions options)
    {
        var errors = new List<string>();
        return TryCreate(options, errors) ?? throw new ArgumentException(string.Join(" ", errors), nameof(options));
    }

    /// <summary>The SDK settings: retries and service version from the options, then the caller's own adjustments.</summary>
    internal static BlobClientOptions CreateClientOptions(AzureBlobStoreOptions options)
    {
        var clientOptions = options.ServiceVersion is { } version ? new BlobClientOptions(version) : new BlobClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = options.MaxRetryAttempts;
        clientOptions.Retry.Delay = options.RetryBaseDelay;
        clientOptions.Retry.MaxDelay = options.RetryMaxDelay;
        options.ConfigureClientOptions?.Invoke(clientOptions);
        return clientOptions;
    }

    /// <summary>The credential for Entra ID sign-in: the injected one, else <see cref="DefaultAzureCredential"/>.</summary>
    internal static TokenCredential TokenCredentialOf(AzureBlobStoreOptions options) =>
        options.Credential ?? new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ManagedIdentityClientId = string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? null : options.ManagedIdentityClientId,
        });

    private static BlobContainerClient? TryCreate(AzureBlobStoreOptions options, List<string> errors)
    {
        ArgumentNullException.ThrowIfNull(options);
        CheckSizes(options, errors);
        var target = AzureBlobTarget.Resolve(options, errors);
        if (errors.Count > 0 || target is null)
            return null;

        var clientOptions = CreateClientOptions(options);
        if (target.ConnectionString is { } connectionString)
        {
            BlobContainerClient fromConnectionString;
            try
            {
                fromConnectionString = new BlobContainerClient(connectionString, options.ContainerName, clientOptions);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                // The SDK's messages name what is wrong without echoing the string, which may hold a key.
                errors.Add($"AzureBlobStore: ConnectionString is not a storage connection string: {ex.Message}");
                return null;
            }

            // An endpoint-only connection string with Entra ID: the SDK takes no credential beside a connection string.
            return target.Authorization == AzureBlobAuthorization.EntraId
                ? WithToken(fromConnectionString.Uri, options, clientOptions, errors)
                : fromConnectionString;
        }

        var container = target.ContainerUri!;
        return target.Authorization switch
        {
            AzureBlobAuthorization.SharedKey => new BlobContainerClient(container, new StorageSharedKeyCredential(options.AccountName, options.AccountKey), clientOptions),
            AzureBlobAuthorization.Sas => new BlobContainerClient(container, new AzureSasCredential(target.Sas!), clientOptions),
            _ => WithToken(container, options, clientOptions, errors),
        };
    }

    private static BlobContainerClient? WithToken(Uri container, AzureBlobStoreOptions options, BlobClientOptions clientOptions, List<string> errors)
    {
        // The SDK refuses to send a bearer token over plain http, but only at the first request.
        if (container.Scheme != Uri.UriSchemeHttps)
        {
            errors.Add($"AzureBlobStore: Entra ID sign-in needs an https endpoint; {container.GetLeftPart(UriPartial.Authority)} is not.");
            return null;
        }

        return new BlobContainerClient(container, TokenCredentialOf(options), clientOptions);
    }

    private static void CheckSizes(AzureBlobStoreOptions options, List<string> errors)
    {
        if (options.SinglePutLimitBytes <= 0)
            errors.Add("AzureBlobStore: SinglePutLimitBytes must be positive.");
        if (options.BlockSizeBytes <= 0)
            errors.Add("AzureBlobStore: BlockSizeBytes must be positive.");
        if (options.ListPageSize is < 1 or > 5000)
            errors.Add("AzureBlobStore: ListPageSize must be 1-5000 when set.");
        if (options.MaxRetryAttempts < 0)
            errors.Add("AzureBlobStore: MaxRetryAttempts must be zero or more.");
        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryMaxDelay < options.RetryBaseDelay)
            errors.Add("AzureBlobStore: RetryBaseDelay must be zero or more and not above RetryMaxDelay.");
        if (options.ServiceVersion is { } version && !Enum.IsDefined(version))
            errors.Add($"AzureBlobStore: ServiceVersion {(int)version} is not a version Azure.Storage.Blobs knows.");
    }
}
