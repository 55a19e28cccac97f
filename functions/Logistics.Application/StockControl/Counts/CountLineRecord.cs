namespace Logistics.Application.StockControl.Counts;

/// <summary>Units of one item and lot the counter found at the task's location.</summary>
public sealed record CountLineRecord(string Sku, string? Lot, long Units);
