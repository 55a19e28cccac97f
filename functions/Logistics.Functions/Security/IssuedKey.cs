namespace Logistics.Functions.Security;

/// <summary>A newly issued key: the only time the key itself is available.</summary>
/// <param name="KeyId">Public key id.</param>
/// <param name="Key">The secret key.</param>
/// <param name="Role">One of <see cref="Roles"/>.</param>
/// <param name="PublisherId">Owner, for publisher keys.</param>
/// <param name="CreatedAt">When it was issued.</param>
public sealed record IssuedKey(string KeyId, string Key, string Role, string? PublisherId, DateTimeOffset CreatedAt)
{
    /// <summary>The carrier's SCAC, for carrier keys.</summary>
    public string? Carrier { get; init; }
}
