using Logistics.Functions.Security;

namespace Logistics.Functions.Publishers;

/// <summary>A publisher as shown to itself and to ops (key hashes never leave the server).</summary>
/// <param name="Id">Publisher id.</param>
/// <param name="Name">Display name.</param>
/// <param name="CreatedAt">Creation time.</param>
/// <param name="Keys">Active keys.</param>
public sealed record PublisherView(string Id, string Name, DateTimeOffset CreatedAt, IReadOnlyList<KeyView> Keys)
{
    /// <summary>Maps a record.</summary>
    public static PublisherView From(PublisherRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new PublisherView(record.Id, record.Name, record.CreatedAt, [.. record.Keys.Select(k => new KeyView(k.KeyId, k.CreatedAt))]);
    }
}
