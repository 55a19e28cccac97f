namespace Logistics.Functions.Security;

/// <summary>A publisher (goods owner) in container <c>publishers</c>, partitioned by <c>/id</c>.</summary>
public sealed record PublisherRecord
{
    /// <summary>The publisher id, chosen by ops (<c>demo-publisher</c>).</summary>
    public required string Id { get; init; }

    /// <summary>Display name.</summary>
    public required string Name { get; init; }

    /// <summary>When the publisher was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Active keys (hash kept so revoking finds the access record with a point operation).</summary>
    public IReadOnlyList<PublisherKey> Keys { get; init; } = [];
}
