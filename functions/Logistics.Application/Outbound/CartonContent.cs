namespace Logistics.Application.Outbound;

/// <summary>Units of one order line and lot in a carton or shipment.</summary>
public sealed record CartonContent(int LineNumber, string Sku, string? Lot, int Units);
