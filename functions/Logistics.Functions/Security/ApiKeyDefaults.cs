namespace Logistics.Functions.Security;

/// <summary>Names of the API-key authentication scheme.</summary>
public static class ApiKeyDefaults
{
    /// <summary>The authentication scheme.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>The request header carrying the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>Claim holding the caller's publisher id (publisher keys only).</summary>
    public const string PublisherIdClaim = "publisher_id";

    /// <summary>Claim holding the id of the key used.</summary>
    public const string KeyIdClaim = "key_id";
}
