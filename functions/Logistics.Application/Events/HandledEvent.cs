using System.Security.Cryptography;
using System.Text;

namespace Logistics.Application.Events;

/// <summary>
/// The mark that a consumer applied an event, written in the same transaction as the effect. Kept for good: a dead letter
/// may be re-driven months later and must still find it.
/// </summary>
public sealed record HandledEvent
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "handledEvent";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary>The subscription that handled it.</summary>
    public required string Consumer { get; init; }

    public required string EventId { get; init; }

    public required string EventType { get; init; }

    public required DateTimeOffset HandledAt { get; init; }

    /// <summary>The mark's id for a consumer and an event.</summary>
    /// <remarks>Event ids may be long and hold characters document ids forbid; a SHA-256 of the id keeps the mark's id short and valid.</remarks>
    public static string IdOf(string consumer, string eventId) => $"{Kind}~{consumer}~{KeyOf(eventId)}";

    /// <summary>A short, document-id-safe key of an event id (lowercase hex SHA-256).</summary>
    public static string KeyOf(string eventId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(eventId)));
}
