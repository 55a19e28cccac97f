namespace Logistics.Domain.Inventory;

/// <summary>The current quantity of one stock key.</summary>
/// <param name="Key">The balance's grain.</param>
/// <param name="Quantity">Units; never negative when produced by <see cref="StockLedger"/>.</param>
public sealed record InventoryBalance(StockKey Key, long Quantity);
