using System.Collections;
using System.Globalization;
using System.Text;
using Logistics.Storage.Documents;

namespace Logistics.Storage.Sqlite;

/// <summary>Translates a <see cref="DocumentQuery"/> into SQL over the JSON bodies (<c>json_extract</c>).</summary>
/// <remarks>
/// Range comparisons carry a <c>json_type</c> guard because SQLite orders every number below every text, whereas
/// Cosmos DB leaves comparisons across types undefined (no match). Dates compare through <c>logistics_utc</c>, which
/// normalizes the stored text so <c>Z</c>, <c>+00:00</c> and trimmed fractions compare as the instants they are.
/// </remarks>
internal static class SqliteQueryTranslator
{
    public const int MaxPageSize = 1000;

    /// <exception cref="InvalidContinuationTokenException">The query's continuation token was not issued for it.</exception>
    public static TranslatedQuery Translate(ContainerDefinition definition, DocumentQuery query, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, MaxPageSize, nameof(query));
        var parameters = new List<KeyValuePair<string, object?>>
        {
            new("$c", definition.Name),
            new("$now", nowMs),
            new("$limit", query.PageSize + 1),
        };
        var sql = new StringBuilder("SELECT id, pk, etag, ts, body FROM documents WHERE container = $c AND (expires_at IS NULL OR expires_at > $now)");
        if (query.PartitionKey is not null)
        {
            sql.Append(" AND pk = $pk");
            parameters.Add(new("$pk", query.PartitionKey));
        }

        var builder = new FilterBuilder(definition, parameters);
        foreach (var filter in query.Filters)
            sql.Append(" AND ").Append(builder.Build(filter));

        var continuation = QueryContinuation.Parse(definition, query);
        var crossPartition = query.PartitionKey is null;
        if (query.OrderBy.Count == 0)
        {
            // Keyset paging along the primary key: stable under concurrent writes and served by the index.
            if (continuation?.Id is not null)
            {
                sql.Append(crossPartition ? " AND (pk, id) > ($kpk, $kid)" : " AND id > $kid");
                parameters.Add(new("$kpk", continuation.PartitionKey));
                parameters.Add(new("$kid", continuation.Id));
            }

            sql.Append(crossPartition ? " ORDER BY pk, id" : " ORDER BY id").Append(" LIMIT $limit");
            return new TranslatedQuery(sql.ToString(), parameters, (pk, id) => QueryContinuation.Keyset(definition, query, pk, id));
        }

        sql.Append(" ORDER BY ");
        for (var i = 0; i < query.OrderBy.Count; i++)
        {
            var order = query.OrderBy[i];
            sql.Append(builder.Operand(order.Path).Value).Append(order.Descending ? " DESC, " : ", ");
        }

        sql.Append(crossPartition ? "pk, id" : "id").Append(" LIMIT $limit OFFSET $offset");
        var offset = continuation?.Offset ?? 0;
        parameters.Add(new("$offset", offset));
        return new TranslatedQuery(sql.ToString(), parameters, (_, _) => QueryContinuation.AtOffset(definition, query, offset + query.PageSize));
    }

    private sealed class FilterBuilder(ContainerDefinition definition, List<KeyValuePair<string, object?>> parameters)
    {
        public (string Value, string Type) Operand(string path)
        {
            if (path == "/id")
                return ("id", "'text'");
            if (path == definition.PartitionKeyPath)
                return ("pk", "'text'");
            var name = Add(JsonPath(path));
            return ($"json_extract(body, {name})", $"json_type(body, {name})");
        }

        public string Build(QueryFilter filter)
        {
            ArgumentNullException.ThrowIfNull(filter);
            var operand = Operand(filter.Path);
            return filter.Operator switch
            {
                QueryOperator.In => In(operand, filter),
                QueryOperator.StartsWith => filter.Value is string prefix
                    ? $"({operand.Type} = 'text' AND substr({operand.Value}, 1, length({Add(prefix)})) = {Add(prefix)})"
                    : throw new ArgumentException($"StartsWith on '{filter.Path}' needs a string value.", nameof(filter)),
                _ => Compare(operand, filter.Operator, filter.Value, filter.Path),
            };
        }

        private string In((string Value, string Type) operand, QueryFilter filter)
        {
            if (filter.Value is not IEnumerable values || filter.Value is string)
                throw new ArgumentException($"In on '{filter.Path}' needs a list of values.", nameof(filter));
            var terms = values.Cast<object?>().Select(value => Compare(operand, QueryOperator.Equal, value, filter.Path)).ToList();
            return terms.Count == 0 ? "0" : "(" + string.Join(" OR ", terms) + ")";
        }

        private string Compare((string Value, string Type) operand, QueryOperator op, object? value, string path)
        {
            var sqlOperator = op switch
            {
                QueryOperator.Equal => "=",
                QueryOperator.NotEqual => "<>",
                QueryOperator.LessThan => "<",
                QueryOperator.LessThanOrEqual => "<=",
                QueryOperator.GreaterThan => ">",
                QueryOperator.GreaterThanOrEqual => ">=",
                _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown query operator."),
            };
            var isRange = op is not (QueryOperator.Equal or QueryOperator.NotEqual);
            switch (QueryValue.From(value))
            {
                case { Kind: QueryValueKind.Null }:
                    return op switch
                    {
                        QueryOperator.Equal => $"{operand.Value} IS NULL",
                        QueryOperator.NotEqual => $"{operand.Value} IS NOT NULL",
                        _ => throw new ArgumentException($"Only Equal and NotEqual can compare '{path}' with null.", nameof(value)),
                    };
                case { Kind: QueryValueKind.Boolean, Sql: var flag }:
                    var literal = (bool)flag! ? "'true'" : "'false'";
                    return op switch
                    {
                        QueryOperator.Equal => $"{operand.Type} = {literal}",
                        QueryOperator.NotEqual => $"{operand.Type} <> {literal}",
                        _ => throw new ArgumentException($"Only Equal and NotEqual can compare '{path}' with a boolean.", nameof(value)),
                    };
                case { Kind: QueryValueKind.Date, Sql: var date }:
                    return $"{SqliteFunctions.UtcName}({operand.Value}) {sqlOperator} {Add(date)}";
                case { Kind: QueryValueKind.Number, Sql: var number }:
                    var numeric = $"{operand.Value} {sqlOperator} {Add(number)}";
                    return isRange ? $"({operand.Type} IN ('integer', 'real') AND {numeric})" : numeric;
                case { Sql: var text }:
                    var textual = $"{operand.Value} {sqlOperator} {Add(text)}";
                    return isRange ? $"({operand.Type} = 'text' AND {textual})" : textual;
            }
        }

        private string Add(object? value)
        {
            var name = "$p" + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add(new(name, value));
            return name;
        }

        private static string JsonPath(string path)
        {
            if (string.IsNullOrEmpty(path) || path[0] != '/' || path.Length == 1)
                throw new ArgumentException($"Query path '{path}' must look like /property or /a/b.", nameof(path));
            var json = new StringBuilder("$");
            foreach (var segment in path[1..].Split('/'))
            {
                if (segment.Length == 0 || segment.Contains('"', StringComparison.Ordinal))
                    throw new ArgumentException($"Query path '{path}' has an empty or quoted segment.", nameof(path));
                if (segment.All(char.IsAsciiDigit))
                    json.Append('[').Append(segment).Append(']');
                else
                    json.Append(".\"").Append(segment).Append('"');
            }

            return json.ToString();
        }
    }
}
