namespace Logistics.Functions.Publishers;

/// <summary>A listed key: its id and age, never the key.</summary>
/// <param name="KeyId">Public key id.</param>
/// <param name="CreatedAt">When it was issued.</param>
public sealed record KeyView(string KeyId, DateTimeOffset CreatedAt);
