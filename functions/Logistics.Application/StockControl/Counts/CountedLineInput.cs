namespace Logistics.Application.StockControl.Counts;

/// <summary>One counted item: its scanned <c>barcode</c> or keyed-in <c>sku</c>, its lot, and the units found (0 allowed).</summary>
public sealed record CountedLineInput(long Units, string? Barcode = null, string? Sku = null, string? Lot = null);
