using System.Net;
using System.Text;
using System.Text.Json;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>
/// The HTTP handler between the SDK and the local Cosmos-compatible server (<c>@vercel/cosmosdb-server</c>). It accepts the
/// server's self-signed certificate and papers over two gaps of the server, never over adapter behaviour:
/// <list type="bullet">
/// <item>The server has no query-plan endpoint, so ORDER BY and cross-partition queries fail in the SDK. This handler
/// answers plan requests the way the Cosmos DB gateway does for <c>SELECT * FROM c WHERE ... ORDER BY ...</c> (the
/// shape <c>CosmosQueryTranslator</c> emits); the server itself then filters, sorts, pages and checks composite indexes.</item>
/// <item>A point read of an absent document crashes the server (HTTP 500) in its partition check unless the request is
/// flagged cross-partition; the flag makes it take its correct 404 path, with the partition key still applied.</item>
/// <item>The server's change feed ignores the position and returns everything: <see cref="CosmosServerChangeFeed"/>
/// keeps the sequence numbers Cosmos DB would.</item>
/// </list>
/// </summary>
internal sealed class CosmosServerCompatibilityHandler() : DelegatingHandler(new HttpClientHandler
{
    ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
})
{
    private const string OrderBy = " ORDER BY ";

    private readonly CosmosServerChangeFeed _changeFeed = new();

    /// <summary>Builds the gateway's query plan for <paramref name="query"/>.</summary>
    public static string QueryPlan(string query)
    {
        var orderAt = query.LastIndexOf(OrderBy, StringComparison.Ordinal);
        var expressions = new List<string>();
        var directions = new List<string>();
        var rewritten = string.Empty;
        if (orderAt >= 0)
        {
            var clause = query[(orderAt + OrderBy.Length)..];
            foreach (var key in clause.Split(", "))
            {
                var descending = key.EndsWith(" DESC", StringComparison.Ordinal);
                expressions.Add(descending ? key[..^5] : key.EndsWith(" ASC", StringComparison.Ordinal) ? key[..^4] : key);
                directions.Add(descending ? "Descending" : "Ascending");
            }

            var whereAt = query.IndexOf(" WHERE ", StringComparison.Ordinal);
            var filter = whereAt < 0 || whereAt > orderAt ? "true" : query[(whereAt + 7)..orderAt];
            var items = string.Join(", ", expressions.Select(expression => "{\"item\": " + expression + "}"));
            rewritten = $"SELECT c._rid, [{items}] AS orderByItems, c AS payload FROM c WHERE ({{documentdb-formattableorderbyquery-filter}}) AND ({filter}) ORDER BY {clause}";
        }

        var plan = new
        {
            partitionedQueryExecutionInfoVersion = 2,
            queryInfo = new
            {
                distinctType = "None",
                top = (int?)null,
                offset = (int?)null,
                limit = (int?)null,
                orderBy = directions,
                orderByExpressions = expressions,
                groupByExpressions = Array.Empty<string>(),
                groupByAliases = Array.Empty<string>(),
                aggregates = Array.Empty<string>(),
                groupByAliasToAggregateType = new Dictionary<string, string>(),
                rewrittenQuery = rewritten,
                hasSelectValue = false,
                dCountInfo = (object?)null,
                hasNonStreamingOrderBy = false,
            },
            queryRanges = new[] { new { min = string.Empty, max = "FF", isMinInclusive = true, isMaxInclusive = false } },
        };
        return JsonSerializer.Serialize(plan);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Contains("x-ms-cosmos-is-query-plan-request"))
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            var query = JsonDocument.Parse(body).RootElement.GetProperty("query").GetString()!;
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(QueryPlan(query), Encoding.UTF8, "application/json"),
                RequestMessage = request,
            };
        }

        if (CosmosServerChangeFeed.IsChangeFeedRequest(request))
            return await _changeFeed.ReadAsync(request, base.SendAsync, cancellationToken);
        if (request.Method == HttpMethod.Get && IsDocumentLink(request.RequestUri!))
            request.Headers.TryAddWithoutValidation("x-ms-documentdb-query-enablecrosspartition", "True");
        return await base.SendAsync(request, cancellationToken);
    }

    private static bool IsDocumentLink(Uri uri)
    {
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        return segments.Length == 6 && segments[0] == "dbs" && segments[2] == "colls" && segments[4] == "docs";
    }
}
