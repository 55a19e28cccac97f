using System.Security.Claims;

namespace Logistics.Functions.Security;

/// <summary>Reads the caller's identity from an authenticated principal.</summary>
public static class CallerExtensions
{
    /// <summary>The caller's publisher id; every publisher data access is scoped by it.</summary>
    /// <exception cref="InvalidOperationException">The principal is not a publisher (a policy is missing on the endpoint).</exception>
    public static string GetPublisherId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ApiKeyDefaults.PublisherIdClaim)
        ?? throw new InvalidOperationException("The caller is not a publisher; the endpoint needs the publisher policy.");

    /// <summary>The id of the key the caller used.</summary>
    public static string? GetKeyId(this ClaimsPrincipal user) => user.FindFirstValue(ApiKeyDefaults.KeyIdClaim);
}
