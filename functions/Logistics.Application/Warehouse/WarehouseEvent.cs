using System.Text.Json;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;

namespace Logistics.Application.Warehouse;

/// <summary>A domain event as published on <see cref="WarehouseStore.EventsTopic"/>; the body is self-sufficient.</summary>
/// <param name="EventId">Deterministic (source + step), so consumers can drop redeliveries.</param>
/// <param name="EventType">For example <c>InboundNoticeAccepted</c>.</param>
/// <param name="OwnerId">The goods owner.</param>
/// <param name="Subject">What it is about, for example the notice id.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Data">Event-specific facts (units, locations) for billing and reporting.</param>
public sealed record WarehouseEvent(string EventId, string EventType, string OwnerId, string Subject, DateTimeOffset OccurredAt, object? Data = null)
{
    /// <summary>The outbox message for a batch.</summary>
    public OutgoingMessage ToMessage() =>
        new(WarehouseStore.EventsTopic, JsonSerializer.Serialize(this, DocumentJson.Options));
}
