namespace Logistics.Application.Inventory;

/// <summary>Stock of one item, lot, location and status; <paramref name="Reference"/> names the notice a pending-in belongs to.</summary>
public sealed record BalanceView(string Sku, string? Lot, string Location, string Status, long Quantity, string? Reference = null);
