namespace Logistics.Application.Outbound;

/// <summary>A packed carton.</summary>
/// <param name="CartonId">The carton's label (the floor's SSCC or carton number), unique within the order.</param>
/// <param name="WeightKg">Gross weight in kilograms.</param>
/// <param name="Contents">What it holds, by order line and lot.</param>
public sealed record CartonRecord(string CartonId, decimal WeightKg, IReadOnlyList<CartonContent> Contents)
{
    /// <summary>The shipment it left with, or null while it waits for the carrier.</summary>
    public string? ShipmentId { get; init; }
}
