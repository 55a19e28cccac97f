using System.Buffers;
using System.Text.Json;
using Logistics.Storage.Documents;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>A document serialized once with <see cref="DocumentJson.Options"/>, with the id and partition key read back from it.</summary>
internal sealed record CosmosDocumentPayload(string Id, string PartitionKey, byte[] Json)
{
    /// <summary>The same limit Cosmos DB and the SQLite store enforce.</summary>
    public const int MaxIdLength = 255;

    private static readonly SearchValues<char> ForbiddenIdCharacters = SearchValues.Create("/\\?#");

    /// <summary>Serializes and validates a document for <paramref name="definition"/>.</summary>
    public static CosmosDocumentPayload Prepare<T>(T document, ContainerDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(document);
        var json = JsonSerializer.SerializeToUtf8Bytes(document, DocumentJson.Options);
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            throw new ArgumentException($"A document must serialize to a JSON object; {typeof(T).Name} does not.", nameof(document));
        var id = ValidateId(ReadString(root, "id"), nameof(document));
        var partitionKey = ReadString(root, definition.PartitionKeyProperty)
            ?? throw new ArgumentException(
                $"Document '{id}' must carry a string partition key at '{definition.PartitionKeyPath}' (container '{definition.Name}').",
                nameof(document));
        return new CosmosDocumentPayload(id, partitionKey, json);
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless <paramref name="id"/> is a valid Cosmos DB id.</summary>
    public static string ValidateId(string? id, string parameterName)
    {
        if (string.IsNullOrEmpty(id))
            throw new ArgumentException("A document needs a non-empty string 'id'.", parameterName);
        if (id.Length > MaxIdLength)
            throw new ArgumentException($"Document id '{id[..32]}…' is longer than {MaxIdLength} characters.", parameterName);
        if (id.AsSpan().IndexOfAny(ForbiddenIdCharacters) >= 0)
            throw new ArgumentException($"Document id '{id}' contains one of / \\ ? #, which Cosmos DB forbids.", parameterName);
        return id;
    }

    /// <summary>A fresh stream over the JSON (the SDK disposes the streams it is given).</summary>
    public MemoryStream ToStream() => new(Json, writable: false);

    private static string? ReadString(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
