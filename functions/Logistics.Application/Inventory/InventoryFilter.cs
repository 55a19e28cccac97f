using Logistics.Domain.Inventory;

namespace Logistics.Application.Inventory;

/// <summary>Optional filters of an inventory query.</summary>
public sealed record InventoryFilter(string? Sku = null, string? Lot = null, string? Location = null, StockStatus? Status = null);
