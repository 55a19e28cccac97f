namespace Logistics.Application.Outbound;

/// <summary>A pick confirmed by scan on the floor.</summary>
/// <param name="ScanId">The device's own id of this scan; a repeat is a no-op.</param>
/// <param name="TaskNumber">The pick task, when the device knows it; otherwise the open task at the location for the item and lot.</param>
/// <param name="Location">The scanned location label.</param>
/// <param name="Barcode">The scanned item barcode, or null when the SKU was keyed in.</param>
/// <param name="Sku">The keyed-in SKU.</param>
/// <param name="Lot">The scanned lot (required for lot-controlled stock).</param>
/// <param name="Quantity">Units taken with this scan (0 with <paramref name="Short"/> when the location was empty).</param>
/// <param name="Short">The picker found no more: the task closes and what it did not get is released, put on hold for a count and allocated elsewhere.</param>
public sealed record PickScanInput(string? ScanId, int? TaskNumber, string? Location, string? Barcode = null, string? Sku = null, string? Lot = null, int Quantity = 1, bool Short = false);
