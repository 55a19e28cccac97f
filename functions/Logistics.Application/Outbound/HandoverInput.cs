namespace Logistics.Application.Outbound;

/// <summary>The carrier takes packed cartons.</summary>
/// <param name="Carrier">The carrier's SCAC (2–4 letters).</param>
/// <param name="Service">The service level, if any (e.g. GROUND, EXPRESS).</param>
/// <param name="TrackingNumber">The carrier's tracking, PRO or bill-of-lading number for this shipment.</param>
/// <param name="CartonIds">The cartons handed over; null or empty for every packed carton still waiting.</param>
public sealed record HandoverInput(string? Carrier, string? Service, string? TrackingNumber, IReadOnlyList<string>? CartonIds = null);
