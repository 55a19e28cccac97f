namespace Logistics.Application.Outbound;

/// <summary>One open pick on the floor's list.</summary>
public sealed record PickListEntry(string OrderId, DateOnly? ShipBy, int TaskNumber, int LineNumber, string Sku, string? Lot, string Location, int Units);
