using Logistics.Storage.Documents;

namespace Logistics.Application.Common;

/// <summary>Reading whole query results, page by page.</summary>
public static class ContainerQueries
{
    /// <summary>Every document <paramref name="query"/> matches, following continuation tokens.</summary>
    public static async Task<List<T>> QueryAllAsync<T>(this IDocumentContainer container, DocumentQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(query);
        var all = new List<T>();
        string? token = null;
        do
        {
            var page = await container.QueryAsync<T>(query with { ContinuationToken = token }, cancellationToken);
            all.AddRange(page.Items.Select(d => d.Value));
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }
}
