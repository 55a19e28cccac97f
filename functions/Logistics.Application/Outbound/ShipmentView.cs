namespace Logistics.Application.Outbound;

/// <summary>A shipment: carrier, tracking number and delivery state with proof of delivery or the failure reason.</summary>
/// <remarks><see cref="ReturnId"/> names the return a failed delivery opened.</remarks>
public sealed record ShipmentView(
    string ShipmentId, string Carrier, string? Service, string TrackingNumber, IReadOnlyList<string> CartonIds, IReadOnlyList<CartonContent> Contents,
    DateTimeOffset HandedOverAt, string State, string? SignedBy, DateTimeOffset? SettledAt, string? FailureReason, IReadOnlyList<TrackingEventRecord> Events)
{
    /// <summary>The return a failed delivery opened (<c>GET /api/returns/{returnId}</c>); null otherwise.</summary>
    public string? ReturnId { get; init; }
}
