namespace Logistics.Application.Returns;

/// <summary>Goods for the supplier handed to a carrier.</summary>
/// <param name="PartId">The part returned to supplier.</param>
/// <param name="Carrier">The carrier's SCAC (2–4 letters).</param>
/// <param name="TrackingNumber">The carrier's tracking number.</param>
public sealed record SupplierHandoverInput(string? PartId, string? Carrier, string? TrackingNumber);
