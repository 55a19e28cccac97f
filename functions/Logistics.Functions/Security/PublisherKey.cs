namespace Logistics.Functions.Security;

/// <summary>An active key as listed on its publisher.</summary>
/// <param name="KeyId">Public key id.</param>
/// <param name="KeyHash">SHA-256 of the key (never the key).</param>
/// <param name="CreatedAt">When it was issued.</param>
public sealed record PublisherKey(string KeyId, string KeyHash, DateTimeOffset CreatedAt);
