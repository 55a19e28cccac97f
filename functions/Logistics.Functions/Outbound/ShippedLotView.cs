namespace Logistics.Functions.Outbound;

/// <summary>Units of one lot in a shipment.</summary>
public sealed record ShippedLotView(string? Lot, int Units);
