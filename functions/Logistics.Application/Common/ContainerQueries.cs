using System.Runtime.CompilerServices;
using Logistics.Storage.Documents;

namespace Logistics.Application.Common;

/// <summary>Reading whole query results, page by page.</summary>
public static class ContainerQueries
{
    /// <summary>Every document <paramref name="query"/> matches, following continuation tokens.</summary>
    public static async Task<List<T>> QueryAllAsync<T>(this IDocumentContainer container, DocumentQuery query, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        await foreach (var document in container.StreamAsync<T>(query, cancellationToken))
        {
            all.Add(document);
        }

        return all;
    }

    /// <summary>Every document <paramref name="query"/> matches, one page in memory at a time.</summary>
    public static async IAsyncEnumerable<T> StreamAsync<T>(this IDocumentContainer container, DocumentQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(query);
        string? token = null;
        do
        {
            var page = await container.QueryAsync<T>(query with { ContinuationToken = token }, cancellationToken);
            foreach (var document in page.Items)
            {
                yield return document.Value;
            }

            token = page.ContinuationToken;
        }
        while (token is not null);
    }
}
