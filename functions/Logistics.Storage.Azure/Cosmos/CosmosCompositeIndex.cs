using System.Collections.ObjectModel;
using Logistics.Storage.Documents;
using Microsoft.Azure.Cosmos;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Turns a declared sort order (<see cref="ContainerDefinition.SortOrders"/>) into a Cosmos DB composite index.</summary>
internal static class CosmosCompositeIndex
{
    /// <summary>The order's paths, then <c>/id</c> ascending: exactly what <see cref="CosmosQueryTranslator"/> sorts by.</summary>
    public static Collection<CompositePath> For(IReadOnlyList<QueryOrder> order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var paths = new Collection<CompositePath>();
        foreach (var part in order)
        {
            paths.Add(new CompositePath
            {
                Path = part.Path,
                Order = part.Descending ? CompositePathSortOrder.Descending : CompositePathSortOrder.Ascending,
            });
        }

        paths.Add(new CompositePath { Path = ContainerDefinition.IdPath, Order = CompositePathSortOrder.Ascending });
        return paths;
    }
}
