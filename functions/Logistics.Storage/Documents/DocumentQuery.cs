namespace Logistics.Storage.Documents;

/// <summary>
/// A portable query: conjunctive filters, ordering and paging. Both adapters translate it (SQLite JSON functions,
/// Cosmos DB SQL), so only what both can do is expressible.
/// </summary>
/// <param name="PartitionKey">The partition to search; <c>null</c> searches every partition (ops screens only).</param>
public sealed record DocumentQuery(string? PartitionKey)
{
    /// <summary>Filters that must all hold.</summary>
    public IReadOnlyList<QueryFilter> Filters { get; init; } = [];

    /// <summary>Sort keys, first one most significant. The id is always the final tie-breaker.</summary>
    public IReadOnlyList<QueryOrder> OrderBy { get; init; } = [];

    /// <summary>Maximum documents per page (1–1000).</summary>
    public int PageSize { get; init; } = 100;

    /// <summary>Opaque token from the previous page; <c>null</c> for the first page.</summary>
    public string? ContinuationToken { get; init; }

    /// <summary>Adds a filter.</summary>
    public DocumentQuery Where(string path, QueryOperator op, object? value) =>
        this with { Filters = [.. Filters, new QueryFilter(path, op, value)] };

    /// <summary>Adds an equality filter.</summary>
    public DocumentQuery WhereEquals(string path, object? value) => Where(path, QueryOperator.Equal, value);

    /// <summary>Adds a sort key.</summary>
    public DocumentQuery OrderByPath(string path, bool descending = false) =>
        this with { OrderBy = [.. OrderBy, new QueryOrder(path, descending)] };
}
