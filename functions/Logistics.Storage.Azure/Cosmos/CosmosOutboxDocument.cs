using System.Text.Json;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>
/// The transactional outbox on Cosmos DB: <see cref="IDocumentBatch.Send"/> writes the message as a document into the
/// same container and partition as the batch's other writes, so it commits with them or not at all.
/// </summary>
/// <remarks>
/// Shape: <c>{"id": "outbox~{guid}", "{partition key property}": "...", "_outbox": true, "destination": "...",
/// "body": "...", "notBefore": "..."}</c> (<c>notBefore</c> only when set). The <c>_outbox</c> marker keeps these
/// documents out of translated queries and out of <see cref="IDocumentContainer.ReadChangesAsync"/>; the relay reads
/// them with <see cref="ICosmosOutboxReader"/> and deletes each after handing it on. Ids never collide with
/// application ids that do not start with <see cref="IdPrefix"/>.
/// </remarks>
public static class CosmosOutboxDocument
{
    /// <summary>Prefix of every outbox document id.</summary>
    public const string IdPrefix = "outbox~";

    /// <summary>The property that marks a document as an outbox message.</summary>
    public const string MarkerProperty = "_outbox";

    /// <summary>Serializes <paramref name="message"/> as an outbox document for <paramref name="partitionKey"/>.</summary>
    public static byte[] Create(ContainerDefinition definition, string partitionKey, OutgoingMessage message, Guid id)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(message);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", IdPrefix + id.ToString("N"));
            writer.WriteString(definition.PartitionKeyProperty, partitionKey);
            writer.WriteBoolean(MarkerProperty, true);
            writer.WriteString("destination", message.Destination);
            writer.WriteString("body", message.Body);
            if (message.NotBefore is { } notBefore)
            {
                writer.WritePropertyName("notBefore");
                JsonSerializer.Serialize(writer, notBefore.ToUniversalTime(), DocumentJson.Options);
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>True when a stored document is an outbox message.</summary>
    public static bool IsOutbox(JsonElement document) =>
        document.TryGetProperty(MarkerProperty, out var marker) && marker.ValueKind == JsonValueKind.True;

    /// <summary>Reads an outbox document back.</summary>
    public static CosmosOutboxMessage Read(JsonElement document, string partitionKeyProperty)
    {
        var stored = CosmosDocumentReader.ToDocument<JsonElement>(document, etag: null, partitionKeyProperty);
        var notBefore = document.TryGetProperty("notBefore", out var due) && due.ValueKind == JsonValueKind.String
            ? due.Deserialize<DateTimeOffset>(DocumentJson.Options)
            : (DateTimeOffset?)null;
        var message = new OutgoingMessage(RequiredString(document, "destination", stored.Id), RequiredString(document, "body", stored.Id), notBefore);
        return new CosmosOutboxMessage(stored.Id, stored.PartitionKey, stored.ETag, message);
    }

    private static string RequiredString(JsonElement document, string property, string id) =>
        document.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new DocumentStoreException($"Outbox document '{id}' has no string '{property}'.");
}
