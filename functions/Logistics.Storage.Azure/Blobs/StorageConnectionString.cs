namespace Logistics.Storage.Azure.Blobs;

/// <summary>The parts of an Azure Storage connection string the blob client uses.</summary>
internal sealed record StorageConnectionString(Uri BlobEndpoint, string? AccountName, string? AccountKey, string? SharedAccessSignature)
{
    /// <summary>The well-known Azurite account; its key is published in the Azurite docs, not a secret.</summary>
    internal const string DevelopmentAccountName = "devstoreaccount1";

    internal const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>Parses <paramref name="text"/>; returns null and adds to <paramref name="errors"/> when it is unusable.</summary>
    internal static StorageConnectionString? Parse(string text, List<string> errors)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                // Only the key is echoed: the value may be a secret.
                errors.Add($"AzureBlobStore: ConnectionString part '{part[..Math.Max(eq, 0)]}...' is not key=value.");
                return null;
            }

            parts[part[..eq].Trim()] = part[(eq + 1)..].Trim();
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out var dev) && bool.TryParse(dev, out var useDev) && useDev)
        {
            var proxy = parts.GetValueOrDefault("DevelopmentStorageProxyUri") ?? "http://127.0.0.1:10000";
            return new StorageConnectionString(new Uri($"{proxy.TrimEnd('/')}/{DevelopmentAccountName}"), DevelopmentAccountName, DevelopmentAccountKey, null);
        }

        var accountName = parts.GetValueOrDefault("AccountName");
        var endpoint = parts.GetValueOrDefault("BlobEndpoint");
        if (endpoint is null && accountName is not null)
        {
            var protocol = parts.GetValueOrDefault("DefaultEndpointsProtocol") ?? "https";
            var suffix = parts.GetValueOrDefault("EndpointSuffix") ?? "core.windows.net";
            endpoint = $"{protocol}://{accountName}.blob.{suffix}";
        }

        if (endpoint is null)
        {
            errors.Add("AzureBlobStore: ConnectionString needs BlobEndpoint or AccountName.");
            return null;
        }

        if (!Uri.TryCreate(endpoint.TrimEnd('/'), UriKind.Absolute, out var blobEndpoint) || blobEndpoint.Scheme is not ("http" or "https"))
        {
            errors.Add($"AzureBlobStore: ConnectionString BlobEndpoint '{endpoint}' is not an http(s) URL.");
            return null;
        }

        return new StorageConnectionString(blobEndpoint, accountName, parts.GetValueOrDefault("AccountKey"), parts.GetValueOrDefault("SharedAccessSignature"));
    }
}
