namespace Logistics.Functions.StockControl;

/// <summary>One variance of a count as the owner reads it: the 947's reason code, the gain or loss, where and how much.</summary>
public sealed record InventoryAdjustmentLineView(string ReasonCode, string Reason, string Sku, string? Lot, string Location, long Expected, long Counted, long Variance);
