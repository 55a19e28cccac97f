using System.Text.Json;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;

namespace Logistics.Application.Events;

/// <summary>
/// The event contract: every domain event travels on <see cref="WarehouseStore.EventsTopic"/> in this envelope, as JSON
/// <c>{"id", "type", "schemaVersion", "owner", "subject", "occurredAt", "payload"}</c>. The envelope is self-sufficient:
/// consumers read nothing else of the message.
/// </summary>
/// <remarks>
/// Versioning: <see cref="SchemaVersion"/> names the version of the envelope and of every payload shape together.
/// Adding a property to a payload is not a new version (consumers ignore what they do not know); removing or changing the
/// meaning of one is, and a consumer dead-letters a version newer than it reads (re-drive it after the consumer's
/// update). The types and their payloads are listed in <see cref="EventTypes"/>.
/// </remarks>
/// <param name="Id">Deterministic (source + step), so a repeated step repeats the id and consumers drop the repeat; unique across owners.</param>
/// <param name="Type">One of <see cref="EventTypes"/>.</param>
/// <param name="Owner">The goods owner (publisher id); consumers partition their state by it.</param>
/// <param name="Subject">What it is about: a notice or order id.</param>
/// <param name="OccurredAt">When it happened (UTC).</param>
/// <param name="Payload">Type-specific facts (units, locations, lots) for billing and reporting; a <see cref="JsonElement"/> when read.</param>
public sealed record WarehouseEvent(string Id, string Type, string Owner, string Subject, DateTimeOffset OccurredAt, object? Payload = null)
{
    /// <summary>The schema version this code writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The envelope's version; <see cref="CurrentSchemaVersion"/> for everything written by this code.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The outbox message of a batch: the envelope as its body, the event id as its message id (duplicate detection).</summary>
    public OutgoingMessage ToMessage() =>
        new(WarehouseStore.EventsTopic, JsonSerializer.Serialize(this, DocumentJson.Options), MessageId: Id);

    /// <summary>Reads an envelope from a message body, checking every required field and the version.</summary>
    /// <exception cref="EventFormatException">The body is not an envelope this code can read; it says why.</exception>
    public static WarehouseEvent Parse(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Envelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<Envelope>(body, DocumentJson.Options);
        }
        catch (JsonException exception)
        {
            throw new EventFormatException($"The message body is not an event envelope: {exception.Message}", exception);
        }

        if (envelope is null)
            throw new EventFormatException("The message body is null, not an event envelope.");
        if (envelope.SchemaVersion is not { } version)
            throw new EventFormatException("The event has no 'schemaVersion'.");
        if (version < 1 || version > CurrentSchemaVersion)
            throw new EventFormatException($"The event's schema version {version} is not one this consumer reads (1 to {CurrentSchemaVersion}); re-drive it after updating the consumer.");
        return new WarehouseEvent(
            Required(envelope.Id, "id"),
            Required(envelope.Type, "type"),
            Required(envelope.Owner, "owner"),
            Required(envelope.Subject, "subject"),
            envelope.OccurredAt ?? throw new EventFormatException("The event has no 'occurredAt'."),
            envelope.Payload)
        {
            SchemaVersion = version,
        };
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new EventFormatException($"The event has no '{name}'.") : value;

    // The wire shape with everything optional, so a missing field is named rather than a deserializer's message.
    private sealed record Envelope(
        string? Id,
        string? Type,
        int? SchemaVersion,
        string? Owner,
        string? Subject,
        DateTimeOffset? OccurredAt,
        JsonElement? Payload);
}
