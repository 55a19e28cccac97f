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
/// "body": "...", "notBefore": "...", "messageId": "...", "ttl": 604800}</c> (<c>notBefore</c> and <c>messageId</c> only
/// when set). The <c>_outbox</c> marker keeps these documents out of translated queries and out of
/// <see cref="IDocumentContainer.ReadChangesAsync"/>. <see cref="CosmosOutboxRelay"/> reads them from the container's
/// change feed and sends them to the bus (the isolated worker has no Cosmos DB trigger, so the relay runs from a timer
/// function or an orchestration step); the message id lets the bus drop the repeats that an at-least-once relay makes.
/// They expire by <c>ttl</c> rather than being deleted, which Cosmos DB honours only in containers with TTL on
/// (<see cref="ContainerDefinition.DefaultTimeToLiveSeconds"/> -1 or positive).
/// Ids never collide with application ids that do not start with <see cref="IdPrefix"/>.
/// </remarks>
public static class CosmosOutboxDocument
{
    /// <summary>Prefix of every outbox document id.</summary>
    public const string IdPrefix = "outbox~";

    /// <summary>The property that marks a document as an outbox message.</summary>
    public const string MarkerProperty = "_outbox";

    /// <summary>
    /// Seconds an outbox document lives after its write: long enough for a relay stalled by an outage to catch up
    /// (its retries keep the change-feed checkpoint in place), short enough to keep containers small.
    /// </summary>
    public const int TimeToLiveSeconds = 7 * 24 * 60 * 60;

    private const string TtlProperty = "ttl";
    private const string MessageIdProperty = "messageId";

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

            if (message.MessageId is { } messageId)
                writer.WriteString(MessageIdProperty, messageId);

            writer.WriteNumber(TtlProperty, TimeToLiveSeconds);

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>True when a stored document is an outbox message.</summary>
    public static bool IsOutbox(JsonElement document) =>
        document.TryGetProperty(MarkerProperty, out var marker) && marker.ValueKind == JsonValueKind.True;

    /// <summary>Reads the message of an outbox document (as stored, or as the change feed delivers it).</summary>
    /// <exception cref="DocumentStoreException">The document lacks a string <c>id</c>, <c>destination</c> or <c>body</c>.</exception>
    public static OutgoingMessage ReadMessage(JsonElement document)
    {
        var id = document.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.String
            ? idValue.GetString()!
            : throw new DocumentStoreException("Outbox document without a string 'id'.");
        var notBefore = document.TryGetProperty("notBefore", out var due) && due.ValueKind == JsonValueKind.String
            ? due.Deserialize<DateTimeOffset>(DocumentJson.Options)
            : (DateTimeOffset?)null;
        var messageId = document.TryGetProperty(MessageIdProperty, out var sender) && sender.ValueKind == JsonValueKind.String
            ? sender.GetString()
            : null;
        return new OutgoingMessage(RequiredString(document, "destination", id), RequiredString(document, "body", id), notBefore, messageId);
    }

    private static string RequiredString(JsonElement document, string property, string id) =>
        document.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new DocumentStoreException($"Outbox document '{id}' has no string '{property}'.");
}
