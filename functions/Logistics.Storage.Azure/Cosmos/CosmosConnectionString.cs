namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Reads the two parts of a Cosmos DB connection string the adapter needs.</summary>
internal static class CosmosConnectionString
{
    /// <summary>Extracts <c>AccountEndpoint</c> and <c>AccountKey</c>; false when either is missing or the endpoint is not a URI.</summary>
    public static bool TryParse(string connectionString, out Uri endpoint, out string key)
    {
        endpoint = null!;
        key = string.Empty;
        string? endpointText = null;
        foreach (var part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // The key is base64 and may itself end in '=': split at the first '=' only.
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
                continue;
            var name = part[..equals].Trim();
            var value = part[(equals + 1)..].Trim();
            if (name.Equals("AccountEndpoint", StringComparison.OrdinalIgnoreCase))
                endpointText = value;
            else if (name.Equals("AccountKey", StringComparison.OrdinalIgnoreCase))
                key = value;
        }

        if (endpointText is null || key.Length == 0 || !Uri.TryCreate(endpointText, UriKind.Absolute, out var uri))
            return false;
        endpoint = uri;
        return true;
    }
}
