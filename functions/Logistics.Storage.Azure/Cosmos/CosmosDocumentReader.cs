using System.Text.Json;
using Logistics.Storage.Documents;
using Microsoft.Azure.Cosmos;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Turns Cosmos DB response bodies into <see cref="Document{T}"/>s.</summary>
internal static class CosmosDocumentReader
{
    public const string ETagProperty = "_etag";
    public const string TimestampProperty = "_ts";

    /// <summary>Reads the single document in a successful point-operation response.</summary>
    public static async Task<Document<T>> ReadAsync<T>(ResponseMessage response, ContainerDefinition definition, CancellationToken cancellationToken)
    {
        if (response.Content is null)
            throw new DocumentStoreException($"Cosmos DB answered {(int)response.StatusCode} without a body (activity id {response.Headers.ActivityId}).");
        using var parsed = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken);
        return ToDocument<T>(parsed.RootElement, response.Headers.ETag, definition.PartitionKeyProperty);
    }

    /// <summary>Reads the <c>Documents</c> array of a query or change feed page.</summary>
    public static async Task<JsonDocument> ParseFeedAsync(ResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content is null)
            return JsonDocument.Parse("{\"Documents\":[]}");
        return await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken);
    }

    /// <summary>The elements of a feed page's <c>Documents</c> array.</summary>
    public static JsonElement.ArrayEnumerator Documents(JsonDocument feed) =>
        feed.RootElement.TryGetProperty("Documents", out var documents) && documents.ValueKind == JsonValueKind.Array
            ? documents.EnumerateArray()
            : throw new DocumentStoreException("Cosmos DB feed page has no 'Documents' array.");

    /// <summary>
    /// Maps one stored document. The ETag comes from the response header when there is one, else from <c>_etag</c>;
    /// the timestamp from <c>_ts</c> (seconds). <see cref="JsonElement"/> values keep the stored JSON as is.
    /// </summary>
    public static Document<T> ToDocument<T>(JsonElement root, string? etag, string partitionKeyProperty)
    {
        var id = root.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String
            ? idValue.GetString()!
            : throw new DocumentStoreException("Cosmos DB returned a document without a string id.");
        var partitionKey = root.TryGetProperty(partitionKeyProperty, out var pk) && pk.ValueKind == JsonValueKind.String
            ? pk.GetString()!
            : string.Empty;
        etag ??= root.TryGetProperty(ETagProperty, out var storedETag) ? storedETag.GetString() : null;
        var seconds = root.TryGetProperty(TimestampProperty, out var ts) && ts.TryGetInt64(out var value) ? value : 0;
        return new Document<T>(id, partitionKey, etag ?? string.Empty, DateTimeOffset.FromUnixTimeSeconds(seconds), Deserialize<T>(root, id));
    }

    private static T Deserialize<T>(JsonElement root, string id)
    {
        if (typeof(T) == typeof(JsonElement))
            return (T)(object)root.Clone();
        return root.Deserialize<T>(DocumentJson.Options)
            ?? throw new DocumentStoreException($"Document '{id}' deserialized to null as {typeof(T).Name}.");
    }
}
