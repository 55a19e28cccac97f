namespace Logistics.Application.Outbound;

/// <summary>A shipment: carrier, tracking number and delivery state with proof of delivery or the failure reason.</summary>
public sealed record ShipmentView(
    string ShipmentId, string Carrier, string? Service, string TrackingNumber, IReadOnlyList<string> CartonIds, IReadOnlyList<CartonContent> Contents,
    DateTimeOffset HandedOverAt, string State, string? SignedBy, DateTimeOffset? SettledAt, string? FailureReason, IReadOnlyList<TrackingEventRecord> Events);
