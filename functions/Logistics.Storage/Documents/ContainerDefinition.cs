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

    /// <summary>
    /// Every <see cref="DocumentQuery.OrderBy"/> the container's queries use, each exactly as queries give it (paths and
    /// directions; the id, always the final sort key, left out). An order by the id alone needs no declaration.
    /// </summary>
    /// <remarks>
    /// Cosmos DB answers 400 to an ORDER BY on several properties without a matching composite index, and the id makes
    /// every other order a multi-property one; its adapter builds the container's composite indexes from this list.
    /// Every adapter rejects an undeclared order, so a missing declaration fails in tests on the embedded store rather
    /// than in production on Cosmos DB.
    /// </remarks>
    public IReadOnlyList<IReadOnlyList<QueryOrder>> SortOrders { get; init; } = [];

    /// <summary>True when <paramref name="orderBy"/> is empty, orders by the id alone, or is one of <see cref="SortOrders"/>.</summary>
    public bool DeclaresOrder(IReadOnlyList<QueryOrder> orderBy)
    {
        ArgumentNullException.ThrowIfNull(orderBy);
        var significant = orderBy.Count > 0 && orderBy[^1].Path == IdPath ? orderBy.Take(orderBy.Count - 1).ToList() : [.. orderBy];
        return significant.Count == 0 || SortOrders.Any(declared => declared.SequenceEqual(significant));
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the container and the order when <see cref="DeclaresOrder"/> is false.</summary>
    public void EnsureDeclaresOrder(IReadOnlyList<QueryOrder> orderBy)
    {
        if (!DeclaresOrder(orderBy))
        {
            throw new ArgumentException(
                $"Container '{Name}' does not declare the sort order ({string.Join(", ", orderBy.Select(o => o.Path + (o.Descending ? " desc" : string.Empty)))}); " +
                "add it to its ContainerDefinition.SortOrders.",
                nameof(orderBy));
        }
    }

    /// <summary>The id's path, the final sort key of every query.</summary>
    public const string IdPath = "/id";
}
