namespace Logistics.Storage.Documents;

/// <summary>Declares a container.</summary>
/// <param name="Name">Container name (letters, digits, hyphens).</param>
/// <param name="PartitionKeyPath">
/// A top-level JSON property path such as <c>/ownerId</c>. Every document must carry a string value there.
/// </param>
/// <param name="DefaultTimeToLiveSeconds">
/// <c>null</c>: TTL off, a document's own <c>ttl</c> property is ignored. <c>-1</c>: TTL on, documents live forever
/// unless they carry a positive <c>ttl</c> (seconds after their last write), as in Cosmos DB.
/// </param>
public sealed record ContainerDefinition(string Name, string PartitionKeyPath, int? DefaultTimeToLiveSeconds = null)
{
    /// <summary>The property name of <see cref="PartitionKeyPath"/> without its leading slash.</summary>
    public string PartitionKeyProperty => PartitionKeyPath.TrimStart('/');
}
