namespace Logistics.Functions.Security;

/// <summary>The authenticated owner of a presented key.</summary>
/// <param name="Role">One of <see cref="Roles"/>.</param>
/// <param name="KeyId">The key's id, safe to log.</param>
/// <param name="PublisherId">The publisher, for publisher keys.</param>
public sealed record ApiCaller(string Role, string KeyId, string? PublisherId)
{
    /// <summary>The carrier's SCAC, for carrier keys.</summary>
    public string? Carrier { get; init; }
}
