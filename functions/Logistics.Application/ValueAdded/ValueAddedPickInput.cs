namespace Logistics.Application.ValueAdded;

/// <summary>A pick of a job's input, confirmed by scan on the floor.</summary>
/// <param name="ScanId">The device's own id of this scan; a repeat is a no-op.</param>
/// <param name="TaskNumber">The pick task, when the device knows it; otherwise the open task at the location for the item and lot.</param>
/// <param name="Location">The scanned storage location label.</param>
/// <param name="Barcode">The scanned item barcode, or null when the SKU was keyed in.</param>
/// <param name="Sku">The keyed-in SKU.</param>
/// <param name="Lot">The scanned lot (required for lot-controlled stock).</param>
/// <param name="Quantity">Units taken to the processing area with this scan.</param>
public sealed record ValueAddedPickInput(string? ScanId, int? TaskNumber, string? Location, string? Barcode = null, string? Sku = null, string? Lot = null, int Quantity = 1);
