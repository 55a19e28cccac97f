using Azure.Identity;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>Validated <see cref="AzureBlobStoreOptions"/>: the container URL without query and the one authorizer.</summary>
internal sealed record AzureBlobConnection(Uri ContainerUri, IBlobRequestAuthorizer Authorizer)
{
    /// <summary>Every problem with <paramref name="options"/>, each a sentence naming the setting; empty when usable.</summary>
    internal static List<string> Validate(AzureBlobStoreOptions options)
    {
        var errors = new List<string>();
        TryResolve(options, TimeProvider.System, errors);
        return errors;
    }

    /// <summary>Resolves <paramref name="options"/> or throws an <see cref="ArgumentException"/> listing every problem.</summary>
    internal static AzureBlobConnection Resolve(AzureBlobStoreOptions options, TimeProvider timeProvider)
    {
        var errors = new List<string>();
        return TryResolve(options, timeProvider, errors)
            ?? throw new ArgumentException(string.Join(" ", errors), nameof(options));
    }

    private static AzureBlobConnection? TryResolve(AzureBlobStoreOptions options, TimeProvider timeProvider, List<string> errors)
    {
        CheckSizes(options, errors);
        var connection = string.IsNullOrWhiteSpace(options.ConnectionString) ? null : StorageConnectionString.Parse(options.ConnectionString, errors);
        var (container, urlSas) = ContainerOf(options, connection, errors);

        var accountName = options.AccountName ?? connection?.AccountName;
        var accountKey = options.AccountKey ?? connection?.AccountKey;
        var sas = options.SasToken ?? urlSas ?? connection?.SharedAccessSignature;
        var modes = new List<string>();
        if (!string.IsNullOrWhiteSpace(accountKey))
            modes.Add("account key");
        if (!string.IsNullOrWhiteSpace(sas))
            modes.Add("SAS");
        if (options.UseManagedIdentity || options.Credential is not null)
            modes.Add("managed identity / Credential");
        if (modes.Count != 1)
        {
            errors.Add(
                "AzureBlobStore: set exactly one way to authorize: AccountName+AccountKey (or a ConnectionString with AccountKey), " +
                "SasToken (or a SAS ContainerUrl / ConnectionString SharedAccessSignature), or UseManagedIdentity / Credential; " +
                (modes.Count == 0 ? "none is set." : $"found {string.Join(" and ", modes)}."));
        }

        if (errors.Count > 0 || container is null)
            return null;
        IBlobRequestAuthorizer? authorizer = modes[0] switch
        {
            "account key" => SharedKey(accountName, accountKey!, errors),
            "SAS" => new SasAuthorizer(sas!),
            _ => new BearerTokenAuthorizer(options.Credential ?? ManagedIdentity(options.ManagedIdentityClientId), timeProvider),
        };
        return authorizer is null ? null : new AzureBlobConnection(container, authorizer);
    }

    private static (Uri? Container, string? Sas) ContainerOf(AzureBlobStoreOptions options, StorageConnectionString? connection, List<string> errors)
    {
        if (!string.IsNullOrWhiteSpace(options.ContainerUrl))
        {
            if (!Uri.TryCreate(options.ContainerUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                errors.Add($"AzureBlobStore: ContainerUrl '{options.ContainerUrl.Split('?')[0]}' is not an http(s) URL.");
                return (null, null);
            }

            var path = url.AbsolutePath.TrimEnd('/');
            if (path.Length == 0)
            {
                errors.Add("AzureBlobStore: ContainerUrl must end with the container name, e.g. https://acct.blob.core.windows.net/reports.");
                return (null, null);
            }

            var sas = string.IsNullOrEmpty(url.Query) ? null : url.Query.TrimStart('?');
            return (new Uri(url.GetLeftPart(UriPartial.Authority) + path), sas);
        }

        if (connection is null)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
                errors.Add("AzureBlobStore: set ContainerUrl, or ConnectionString with ContainerName.");
            return (null, null);
        }

        if (string.IsNullOrWhiteSpace(options.ContainerName))
        {
            errors.Add("AzureBlobStore: ContainerName is required with ConnectionString.");
            return (null, null);
        }

        return (new Uri($"{connection.BlobEndpoint.AbsoluteUri.TrimEnd('/')}/{Uri.EscapeDataString(options.ContainerName)}"), null);
    }

    private static SharedKeyAuthorizer? SharedKey(string? accountName, string accountKey, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(accountName))
        {
            errors.Add("AzureBlobStore: AccountName is required with an account key.");
            return null;
        }

        var key = new byte[accountKey.Length];
        if (!Convert.TryFromBase64String(accountKey, key, out var written))
        {
            errors.Add("AzureBlobStore: AccountKey is not valid base64.");
            return null;
        }

        return new SharedKeyAuthorizer(accountName, key[..written]);
    }

    private static ManagedIdentityCredential ManagedIdentity(string? clientId) =>
        new(string.IsNullOrWhiteSpace(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));

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
    }
}
