using System.Collections;
using System.Globalization;
using System.Text;
using Logistics.Storage.Documents;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>
/// Translates a <see cref="DocumentQuery"/> into parameterized Cosmos DB SQL. Pure: no I/O, so its output is unit tested.
/// </summary>
/// <remarks>
/// <para>Every query excludes transactional-outbox documents (<c>NOT IS_DEFINED(c._outbox)</c>, see <see cref="CosmosOutboxDocument"/>).</para>
/// <para>
/// The port makes the id the final sort key, so every query ends in <c>ORDER BY ... c["id"]</c>. Sorting by the id alone
/// needs only Cosmos DB's default range index; sorting by other paths as well needs a composite index on
/// (those paths, <c>/id</c>) in the container's indexing policy, or Cosmos DB answers 400: the store builds those from
/// <see cref="ContainerDefinition.SortOrders"/>.
/// </para>
/// <para>
/// <see cref="DateTimeOffset"/> values become the text System.Text.Json writes for the UTC instant, so stored instants
/// compare correctly only when written with a zero offset (as <c>TimeProvider.GetUtcNow()</c> gives).
/// </para>
/// </remarks>
public static class CosmosQueryTranslator
{
    /// <summary>The clause that hides outbox documents from queries.</summary>
    public const string ExcludeOutbox = "NOT IS_DEFINED(c." + CosmosOutboxDocument.MarkerProperty + ")";

    /// <summary>Name of the parameter holding the partition key of a single-partition query.</summary>
    public const string PartitionKeyParameter = "@pk";

    /// <summary>Translates <paramref name="query"/> for a container partitioned by <paramref name="partitionKeyPath"/>.</summary>
    /// <remarks>
    /// A single-partition query also filters on the partition key: redundant on Cosmos DB, which scopes the query by
    /// the request's partition key, but it keeps the text correct on its own (and the local test server needs it).
    /// </remarks>
    /// <exception cref="ArgumentException">A path is malformed, or an <see cref="QueryOperator.In"/> value is not a list.</exception>
    public static CosmosSqlQuery Translate(DocumentQuery query, string partitionKeyPath)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new List<KeyValuePair<string, object?>>();
        var sql = new StringBuilder("SELECT * FROM c WHERE ");
        if (query.PartitionKey is not null)
        {
            sql.Append(Property(partitionKeyPath)).Append(" = ").Append(PartitionKeyParameter).Append(" AND ");
            parameters.Add(new(PartitionKeyParameter, query.PartitionKey));
        }

        sql.Append(ExcludeOutbox);
        foreach (var filter in query.Filters)
            sql.Append(" AND ").Append(Condition(filter, parameters));

        sql.Append(" ORDER BY ");
        foreach (var order in query.OrderBy)
            sql.Append(Property(order.Path)).Append(order.Descending ? " DESC" : " ASC").Append(", ");
        if (query.OrderBy.Count > 0 && query.OrderBy[^1].Path == ContainerDefinition.IdPath)
            sql.Length -= 2; // The order already ends with the id: ordering by it twice would need a composite index of its own.
        else
            sql.Append("c[\"id\"] ASC");
        return new CosmosSqlQuery(sql.ToString(), parameters);
    }

    /// <summary>Turns <c>/a/b</c> into <c>c["a"]["b"]</c> (numeric segments index arrays: <c>/lines/0</c> is <c>c["lines"][0]</c>).</summary>
    public static string Property(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path[0] != '/' || path.Length == 1)
            throw new ArgumentException($"Query path '{path}' must look like /property or /property/nested.", nameof(path));
        var result = new StringBuilder("c");
        foreach (var segment in path[1..].Split('/'))
        {
            if (segment.Length == 0)
                throw new ArgumentException($"Query path '{path}' has an empty segment.", nameof(path));
            if (segment.All(char.IsAsciiDigit))
                result.Append('[').Append(segment).Append(']');
            else
                result.Append("[\"").Append(Escape(segment)).Append("\"]");
        }

        return result.ToString();
    }

    private static string Condition(QueryFilter filter, List<KeyValuePair<string, object?>> parameters)
    {
        var property = Property(filter.Path);
        if (filter.Value is null && filter.Operator is QueryOperator.Equal)
            return $"(NOT IS_DEFINED({property}) OR IS_NULL({property}))";
        if (filter.Value is null && filter.Operator is QueryOperator.NotEqual)
            return $"(IS_DEFINED({property}) AND NOT IS_NULL({property}))";

        var value = filter.Operator == QueryOperator.In ? InList(filter) : JsonPlainValue.From(filter.Value);
        var parameter = Add(parameters, value);
        return filter.Operator switch
        {
            QueryOperator.Equal => $"{property} = {parameter}",
            QueryOperator.NotEqual => $"{property} != {parameter}",
            QueryOperator.LessThan => $"{property} < {parameter}",
            QueryOperator.LessThanOrEqual => $"{property} <= {parameter}",
            QueryOperator.GreaterThan => $"{property} > {parameter}",
            QueryOperator.GreaterThanOrEqual => $"{property} >= {parameter}",
            QueryOperator.StartsWith => $"STARTSWITH({property}, {parameter})",
            QueryOperator.In => $"ARRAY_CONTAINS({parameter}, {property})",
            _ => throw new ArgumentException($"Unknown query operator {filter.Operator}.", nameof(filter)),
        };
    }

    private static List<object?> InList(QueryFilter filter)
    {
        if (filter.Value is string or null || filter.Value is not IEnumerable values)
            throw new ArgumentException($"The In filter on '{filter.Path}' needs a list of values.", nameof(filter));
        return values.Cast<object?>().Select(JsonPlainValue.From).ToList();
    }

    private static string Add(List<KeyValuePair<string, object?>> parameters, object? plainValue)
    {
        var filterParameters = parameters.Count(parameter => parameter.Key != PartitionKeyParameter);
        var name = string.Create(CultureInfo.InvariantCulture, $"@p{filterParameters}");
        parameters.Add(new(name, plainValue));
        return name;
    }

    private static string Escape(string segment) => segment.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
}
