using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Logistics.Storage.Documents;
using Microsoft.Data.Sqlite;

namespace Logistics.Storage.Sqlite;

/// <summary>Turns documents into stored JSON and back, enforcing the port's id and partition-key rules.</summary>
internal static class DocumentCodec
{
    public const int MaxIdLength = 255;
    public const string ETagProperty = "_etag";
    public const string TimestampProperty = "_ts";
    public const string TtlProperty = "ttl";

    /// <summary>Serializes <paramref name="document"/> and checks its id and partition key.</summary>
    public static PreparedDocument Prepare<T>(T document, ContainerDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (JsonSerializer.SerializeToNode(document, DocumentJson.Options) is not JsonObject body)
            throw new ArgumentException($"A document must serialize to a JSON object; {typeof(T).Name} does not.", nameof(document));
        var id = ValidateId(body["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var text) ? text : null, nameof(document));
        var partitionKey = body[definition.PartitionKeyProperty] is JsonValue pkValue && pkValue.TryGetValue<string>(out var pk) ? pk : null;
        if (partitionKey is null)
        {
            throw new ArgumentException(
                $"Document '{id}' must carry a string partition key at '{definition.PartitionKeyPath}' (container '{definition.Name}').",
                nameof(document));
        }

        return Prepare(id, partitionKey, body);
    }

    /// <summary>
    /// The stored form of <paramref name="body"/> without its system properties, serialized here so that the single
    /// writer only splices in the ETag and timestamp.
    /// </summary>
    public static PreparedDocument Prepare(string id, string partitionKey, JsonObject body)
    {
        body.Remove(ETagProperty);
        body.Remove(TimestampProperty);
        long? ttl = body[TtlProperty] is JsonValue value && value.TryGetValue<long>(out var own) && (own == -1 || own > 0) ? own
            : body[TtlProperty] is JsonValue doubleValue && doubleValue.TryGetValue<double>(out var ownDouble) && ownDouble > 0 ? (long)Math.Ceiling(ownDouble)
            : null;
        return new PreparedDocument(id, partitionKey, body.ToJsonString(DocumentJson.Options), ttl);
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="id"/> is a valid document id.</summary>
    public static string ValidateId(string? id, string parameterName)
    {
        if (string.IsNullOrEmpty(id))
            throw new ArgumentException("A document needs a non-empty string 'id'.", parameterName);
        if (id.Length > MaxIdLength)
            throw new ArgumentException($"Document id '{id[..32]}…' is longer than {MaxIdLength} characters.", parameterName);
        if (id.AsSpan().IndexOfAny("/\\?#") >= 0)
            throw new ArgumentException($"Document id '{id}' contains one of / \\ ? #, which Cosmos DB forbids.", parameterName);
        return id;
    }

    /// <summary>Appends the system properties to the prepared text and returns the text to store.</summary>
    public static string Finish(PreparedDocument document, long sequence, long timestampMs)
    {
        // The prepared text is a JSON object without _etag and _ts; the ETag is a quoted hex number, written escaped as
        // System.Text.Json's default encoder would.
        var json = document.Json;
        var separator = json.Length > 2 ? "," : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"{json.AsSpan(0, json.Length - 1)}{separator}\"{ETagProperty}\":\"\\u0022{sequence:x}\\u0022\",\"{TimestampProperty}\":{timestampMs / 1000}}}");
    }

    /// <summary>Expiry in unix ms, or null for never, from the container default and the document's own <c>ttl</c>.</summary>
    public static long? ExpiresAt(PreparedDocument document, ContainerDefinition definition, long nowMs)
    {
        if (definition.DefaultTimeToLiveSeconds is not { } containerTtl)
            return null;
        var ttl = document.TimeToLiveSeconds ?? containerTtl;
        return ttl > 0 ? checked(nowMs + (ttl * 1000)) : null;
    }

    /// <summary>An opaque ETag that changes with every write (the global change sequence is unique per write).</summary>
    public static string ETag(long sequence) => string.Create(CultureInfo.InvariantCulture, $"\"{sequence:x}\"");

    /// <summary>Reads a row selected as <c>id, pk, etag, ts, body</c>.</summary>
    public static Document<T> Read<T>(SqliteDataReader reader) =>
        ToDocument<T>(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4));

    public static Document<T> ToDocument<T>(string id, string partitionKey, string etag, long timestampMs, string body) =>
        new(id, partitionKey, etag, DateTimeOffset.FromUnixTimeMilliseconds(timestampMs), Deserialize<T>(body));

    private static T Deserialize<T>(string body)
    {
        if (typeof(T) == typeof(JsonElement))
        {
            using var parsed = JsonDocument.Parse(body);
            return (T)(object)parsed.RootElement.Clone();
        }

        return JsonSerializer.Deserialize<T>(body, DocumentJson.Options)
            ?? throw new DocumentStoreException($"Stored document deserialized to null as {typeof(T).Name}.");
    }
}
