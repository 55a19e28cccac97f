namespace Logistics.Application.Outbound;

/// <summary>Cartons handed to a carrier together, and what became of them.</summary>
/// <param name="ShipmentId">Our shipment id: <c>{order number}-S{n}</c>.</param>
/// <param name="Carrier">The carrier's SCAC.</param>
/// <param name="Service">The carrier's service level, if given.</param>
/// <param name="TrackingNumber">The carrier's tracking (or PRO / bill of lading) number.</param>
/// <param name="CartonIds">The cartons.</param>
/// <param name="Contents">Units shipped, by line and lot.</param>
/// <param name="HandedOverAt">When the carrier took them.</param>
public sealed record ShipmentRecord(
    string ShipmentId, string Carrier, string? Service, string TrackingNumber, IReadOnlyList<string> CartonIds, IReadOnlyList<CartonContent> Contents, DateTimeOffset HandedOverAt)
{
    /// <summary>With the carrier.</summary>
    public const string InTransit = "InTransit";

    /// <summary>Delivered, with proof of delivery.</summary>
    public const string Delivered = "Delivered";

    /// <summary>Not delivered; the goods come back as a return (<see cref="ReturnId"/>).</summary>
    public const string Returned = "Returned";

    /// <summary><see cref="InTransit"/>, <see cref="Delivered"/> or <see cref="Returned"/>.</summary>
    public string State { get; init; } = InTransit;

    /// <summary>Who signed for the goods.</summary>
    public string? SignedBy { get; init; }

    /// <summary>When they were delivered, or when delivery failed.</summary>
    public DateTimeOffset? SettledAt { get; init; }

    /// <summary>Why delivery failed.</summary>
    public string? FailureReason { get; init; }

    /// <summary>The return a failed delivery opened: its goods are received, inspected and disposed of there.</summary>
    public string? ReturnId { get; init; }

    /// <summary>The carrier's tracking events, in the order received.</summary>
    public IReadOnlyList<TrackingEventRecord> Events { get; init; } = [];

    /// <summary>The 945 shipping advice sent for this shipment.</summary>
    public string? AdviceX12 { get; init; }
}
