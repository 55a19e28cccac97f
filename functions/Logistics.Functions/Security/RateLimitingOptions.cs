using System.ComponentModel.DataAnnotations;

namespace Logistics.Functions.Security;

/// <summary>Request limits per key and per client address (section <c>RateLimiting</c>).</summary>
public sealed class RateLimitingOptions
{
    /// <summary>Configuration section.</summary>
    public const string Section = "RateLimiting";

    /// <summary>Requests one API key may make per window. Default 600.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerWindow { get; set; } = 600;

    /// <summary>Requests one client address may make per window without a key. Default 120.</summary>
    [Range(1, 1_000_000)]
    public int AnonymousPermitsPerWindow { get; set; } = 120;

    /// <summary>
    /// Failed authentications (missing, unknown or revoked key) one client address may make per window; after that its
    /// requests that need a key answer 429 until the window ends. Default 10.
    /// </summary>
    [Range(1, 1_000_000)]
    public int FailedAuthenticationsPerWindow { get; set; } = 10;

    /// <summary>Window length in seconds, for every limit here. Default 60.</summary>
    [Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}
