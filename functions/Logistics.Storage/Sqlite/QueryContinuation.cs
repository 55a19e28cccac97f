using System.Globalization;
using System.Text.Json;
using Logistics.Storage.Documents;

namespace Logistics.Storage.Sqlite;

/// <summary>
/// Where the next page of a query starts: a keyset position (partition key and id of the last row) for the default
/// order, an offset when the query has its own sort keys. Clients see it sealed by <see cref="QueryContinuationSeal"/>,
/// bound to the query that issued it.
/// </summary>
internal sealed record QueryContinuation(string? PartitionKey, string? Id, long Offset)
{
    /// <summary>Largest offset a token may carry; far beyond any real result, small enough that adding a page cannot overflow.</summary>
    public const long MaxOffset = int.MaxValue;

    public static string Keyset(ContainerDefinition definition, DocumentQuery query, string partitionKey, string id) =>
        QueryContinuationSeal.Seal(definition, query, "k" + JsonSerializer.Serialize(new[] { partitionKey, id }, QueryContinuationJson.Default.StringArray));

    public static string AtOffset(ContainerDefinition definition, DocumentQuery query, long offset) =>
        QueryContinuationSeal.Seal(definition, query, "o" + offset.ToString(CultureInfo.InvariantCulture));

    /// <summary>The position of <paramref name="query"/>'s token; null for the first page.</summary>
    /// <exception cref="InvalidContinuationTokenException">The token was not issued for this query, or its position does not fit it.</exception>
    public static QueryContinuation? Parse(ContainerDefinition definition, DocumentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.ContinuationToken is not { } token)
            return null;
        var position = QueryContinuationSeal.Open(definition, query, token);
        var keyset = query.OrderBy.Count == 0;
        try
        {
            if (!keyset && position.StartsWith('o') &&
                long.TryParse(position.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var offset) && offset <= MaxOffset)
                return new QueryContinuation(null, null, offset);

            // A single-partition keyset position must lie in the query's partition: the SQL compares only the id then.
            if (keyset && position.StartsWith('k') &&
                JsonSerializer.Deserialize(position.AsSpan(1), QueryContinuationJson.Default.StringArray) is [{ } pk, { } id] &&
                (query.PartitionKey is null || pk == query.PartitionKey))
                return new QueryContinuation(pk, id, 0);
        }
        catch (JsonException exception)
        {
            throw new InvalidContinuationTokenException(InvalidContinuationTokenException.DefaultMessage, exception);
        }

        throw new InvalidContinuationTokenException();
    }
}
