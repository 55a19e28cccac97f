using Azure.Storage.Blobs;

namespace Logistics.Storage.Azure.Blobs;

/// <summary>
/// Where the container is and how to sign in, read off <see cref="AzureBlobStoreOptions"/> without building a client:
/// either a <see cref="ConnectionString"/> (the SDK parses it) or a <see cref="ContainerUri"/> without query, plus
/// the <see cref="Sas"/> token when a SAS signs.
/// </summary>
internal sealed record AzureBlobTarget(string? ConnectionString, Uri? ContainerUri, string? Sas, AzureBlobAuthorization Authorization)
{
    /// <summary>Reads the target; null after adding a sentence per problem to <paramref name="errors"/>.</summary>
    internal static AzureBlobTarget? Resolve(AzureBlobStoreOptions options, List<string> errors)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(options.ConnectionString);
        var hasContainerUrl = !string.IsNullOrWhiteSpace(options.ContainerUrl);
        if (hasConnectionString == hasContainerUrl)
        {
            errors.Add(hasConnectionString
                ? "AzureBlobStore: set ContainerUrl or ConnectionString, not both."
                : "AzureBlobStore: set ContainerUrl, or ConnectionString with ContainerName.");
            return null;
        }

        return hasConnectionString ? FromConnectionString(options, errors) : FromContainerUrl(options, errors);
    }

    private static AzureBlobTarget? FromConnectionString(AzureBlobStoreOptions options, List<string> errors)
    {
        var connectionString = options.ConnectionString!;
        if (string.IsNullOrWhiteSpace(options.ContainerName))
            errors.Add("AzureBlobStore: ContainerName is required with ConnectionString.");
        if (!string.IsNullOrWhiteSpace(options.AccountName) || !string.IsNullOrWhiteSpace(options.AccountKey) || !string.IsNullOrWhiteSpace(options.SasToken))
            errors.Add("AzureBlobStore: AccountName, AccountKey and SasToken go with ContainerUrl; a ConnectionString carries its own credentials.");

        // Azurite's UseDevelopmentStorage=true stands for its well-known account and key.
        var hasKey = Setting(connectionString, "AccountKey") is not null
            || string.Equals(Setting(connectionString, "UseDevelopmentStorage"), "true", StringComparison.OrdinalIgnoreCase);
        var hasSas = Setting(connectionString, "SharedAccessSignature") is not null;
        var authorization = OneAuthorization(options, hasKey, hasSas, errors);
        return errors.Count > 0 || authorization is null ? null : new AzureBlobTarget(connectionString, null, null, authorization.Value);
    }

    private static AzureBlobTarget? FromContainerUrl(AzureBlobStoreOptions options, List<string> errors)
    {
        if (!Uri.TryCreate(options.ContainerUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"AzureBlobStore: ContainerUrl '{options.ContainerUrl!.Split('?')[0]}' is not an http(s) URL.");
            return null;
        }

        // BlobUriBuilder knows both layouts: https://acct.blob.core.windows.net/reports and Azurite's http://127.0.0.1:10000/devstoreaccount1/reports.
        var parts = new BlobUriBuilder(url);
        if (string.IsNullOrEmpty(parts.BlobContainerName))
        {
            errors.Add("AzureBlobStore: ContainerUrl must end with the container name, e.g. https://acct.blob.core.windows.net/reports.");
            return null;
        }

        // A SasToken setting wins over a query in the URL, as it always has.
        var urlSas = string.IsNullOrEmpty(url.Query) ? null : url.Query.TrimStart('?');
        var sas = string.IsNullOrWhiteSpace(options.SasToken) ? urlSas : options.SasToken.TrimStart('?');
        var authorization = OneAuthorization(options, hasKey: !string.IsNullOrWhiteSpace(options.AccountKey), hasSas: sas is not null, errors);
        if (authorization == AzureBlobAuthorization.SharedKey)
            CheckAccountKey(options, errors);
        if (errors.Count > 0 || authorization is null)
            return null;
        var container = new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/'));
        return new AzureBlobTarget(null, container, authorization == AzureBlobAuthorization.Sas ? sas : null, authorization.Value);
    }

    private static AzureBlobAuthorization? OneAuthorization(AzureBlobStoreOptions options, bool hasKey, bool hasSas, List<string> errors)
    {
        var found = new List<(AzureBlobAuthorization Mode, string Name)>();
        if (hasKey)
            found.Add((AzureBlobAuthorization.SharedKey, "account key"));
        if (hasSas)
            found.Add((AzureBlobAuthorization.Sas, "SAS"));
        if (options.UseManagedIdentity || options.Credential is not null)
            found.Add((AzureBlobAuthorization.EntraId, "managed identity / Credential"));
        if (found.Count == 1)
            return found[0].Mode;

        errors.Add(
            "AzureBlobStore: set exactly one way to authorize: AccountName+AccountKey (or a ConnectionString with AccountKey), " +
            "SasToken (or a SAS ContainerUrl / ConnectionString SharedAccessSignature), or UseManagedIdentity / Credential; " +
            (found.Count == 0 ? "none is set." : $"found {string.Join(" and ", found.Select(f => f.Name))}."));
        return null;
    }

    private static void CheckAccountKey(AzureBlobStoreOptions options, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(options.AccountName))
            errors.Add("AzureBlobStore: AccountName is required with an account key.");
        var key = options.AccountKey!;
        if (!Convert.TryFromBase64String(key, new byte[key.Length], out _))
            errors.Add("AzureBlobStore: AccountKey is not valid base64.");
    }

    /// <summary>
    /// The value of one <c>name=value</c> part, or null. Only to tell which credentials a connection string carries;
    /// the SDK parses it for real.
    /// </summary>
    private static string? Setting(string connectionString, string name)
    {
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && part[..eq].Trim().Equals(name, StringComparison.OrdinalIgnoreCase) && part[(eq + 1)..].Trim().Length > 0)
                return part[(eq + 1)..].Trim();
        }

        return null;
    }
}
