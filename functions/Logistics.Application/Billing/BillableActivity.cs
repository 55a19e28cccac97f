using System.Text.Json;

namespace Logistics.Application.Billing;

/// <summary>
/// One event as billing received it: the billing journal's line, in the owner's partition, filed under the billing
/// period (the warehouse's calendar month) in which it occurred. Rating against the owner's rate card works from these.
/// </summary>
public sealed record BillableActivity
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "billableActivity";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string EventId { get; init; }

    public required string EventType { get; init; }

    /// <summary>The notice or order.</summary>
    public required string Subject { get; init; }

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>The billing period, <c>yyyy-MM</c> of the warehouse's date at <see cref="OccurredAt"/>.</summary>
    public required string Period { get; init; }

    /// <summary>The event's payload as it came (quantities, cartons, weights).</summary>
    public JsonElement? Payload { get; init; }

    /// <summary>When billing recorded it.</summary>
    public required DateTimeOffset RecordedAt { get; init; }
}
