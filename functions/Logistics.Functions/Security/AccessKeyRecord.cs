namespace Logistics.Functions.Security;

/// <summary>
/// One API key in container <c>access</c>, partitioned by <c>/keyHash</c> with <c>id</c> = hash, so that
/// authenticating a request is a single point read.
/// </summary>
public sealed record AccessKeyRecord
{
    /// <summary>The key hash (document id).</summary>
    public required string Id { get; init; }

    /// <summary>The key hash (partition key).</summary>
    public required string KeyHash { get; init; }

    /// <summary>Public id of the key, for listing and revoking.</summary>
    public required string KeyId { get; init; }

    /// <summary>One of <see cref="Roles"/>.</summary>
    public required string Role { get; init; }

    /// <summary>The publisher the key belongs to (publisher keys only).</summary>
    public string? PublisherId { get; init; }

    /// <summary>The carrier's SCAC (carrier keys only).</summary>
    public string? Carrier { get; init; }

    /// <summary>When the key was issued.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
}
