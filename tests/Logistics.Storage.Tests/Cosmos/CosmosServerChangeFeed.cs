using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>
/// Incremental change feed for the local server, which answers a change feed request with every document and ignores
/// the position. This keeps what Cosmos DB keeps per partition: a log sequence number per document version. Versions
/// are numbered when first seen, in the server's (insertion) order; the position is an ETag holding the last number
/// returned; nothing new is a 304 with the same ETag — the wire protocol the SDK's change feed iterator speaks.
/// </summary>
internal sealed class CosmosServerChangeFeed
{
    private readonly Dictionary<string, Dictionary<string, (string ETag, long Lsn)>> _versions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _lastLsn;

    /// <summary>True for a change feed read of a collection's documents.</summary>
    public static bool IsChangeFeedRequest(HttpRequestMessage request)
    {
        if (request.Method != HttpMethod.Get || !request.Headers.Contains("A-IM"))
            return false;
        var segments = request.RequestUri!.AbsolutePath.Trim('/').Split('/');
        return segments.Length == 5 && segments[0] == "dbs" && segments[2] == "colls" && segments[4] == "docs";
    }

    /// <summary>Reads every document through <paramref name="send"/> and answers with those changed after the request's ETag.</summary>
    public async Task<HttpResponseMessage> ReadAsync(
        HttpRequestMessage request, Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        var after = request.Headers.TryGetValues("If-None-Match", out var values) && long.TryParse(values.First().Trim('"'), CultureInfo.InvariantCulture, out var lsn)
            ? lsn
            : 0;
        var pageSize = request.Headers.TryGetValues("x-ms-max-item-count", out var counts) && int.TryParse(counts.First(), CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : int.MaxValue;
        request.Headers.Remove("x-ms-max-item-count");
        request.Headers.Remove("x-ms-continuation");
        request.Headers.Remove("A-IM");
        request.Headers.Remove("If-None-Match");

        var response = await send(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            return response;
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!.AsObject();
        var documents = body["Documents"]!.AsArray().Select(document => document!.AsObject()).ToList();

        List<JsonObject> changed;
        long position;
        lock (_gate)
        {
            var versions = CollectionVersions(request.RequestUri!.AbsolutePath);
            var numbered = documents.Select(document => (Document: document, Lsn: Number(versions, document))).ToList();
            changed = [.. numbered.Where(item => item.Lsn > after).OrderBy(item => item.Lsn).Take(pageSize).Select(item => item.Document)];
            position = changed.Count == 0 ? after : numbered.Where(item => changed.Contains(item.Document)).Max(item => item.Lsn);
        }

        var etag = string.Create(CultureInfo.InvariantCulture, $"\"{position}\"");
        var answer = new HttpResponseMessage(changed.Count == 0 ? HttpStatusCode.NotModified : HttpStatusCode.OK) { RequestMessage = request };
        string[] replaced = ["etag", "x-ms-item-count", "x-ms-continuation"];
        foreach (var header in response.Headers.Where(header => !replaced.Contains(header.Key, StringComparer.OrdinalIgnoreCase)))
            answer.Headers.TryAddWithoutValidation(header.Key, header.Value);
        answer.Headers.TryAddWithoutValidation("etag", etag);
        answer.Headers.TryAddWithoutValidation("x-ms-item-count", changed.Count.ToString(CultureInfo.InvariantCulture));
        var page = new JsonObject { ["_rid"] = body["_rid"]?.DeepClone(), ["Documents"] = new JsonArray([.. changed.Select(document => document.DeepClone())]), ["_count"] = changed.Count };
        answer.Content = new StringContent(page.ToJsonString(), Encoding.UTF8, "application/json");
        response.Dispose();
        return answer;
    }

    private Dictionary<string, (string ETag, long Lsn)> CollectionVersions(string path)
    {
        if (!_versions.TryGetValue(path, out var versions))
            _versions[path] = versions = new(StringComparer.Ordinal);
        return versions;
    }

    private long Number(Dictionary<string, (string ETag, long Lsn)> versions, JsonObject document)
    {
        var rid = document["_rid"]!.GetValue<string>();
        var etag = document["_etag"]!.GetValue<string>();
        if (versions.TryGetValue(rid, out var known) && known.ETag == etag)
            return known.Lsn;
        var lsn = ++_lastLsn;
        versions[rid] = (etag, lsn);
        return lsn;
    }
}
