namespace Logistics.Application.Inventory;

/// <summary>Stock of one item, lot, location and status.</summary>
public sealed record BalanceView(string Sku, string? Lot, string Location, string Status, long Quantity);
