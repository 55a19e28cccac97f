namespace Logistics.Application.Returns;

/// <summary>A scan of returned goods, as the floor's device sends it.</summary>
/// <param name="ScanId">The device's own id of the scan: resending it changes nothing.</param>
/// <param name="Barcode">The item's barcode as scanned; or <paramref name="Sku"/>.</param>
/// <param name="Sku">The SKU keyed in, when there is no barcode.</param>
/// <param name="Lot">The lot, when the goods show one.</param>
/// <param name="Quantity">Units (eaches) in this scan, 1 to 1,000,000.</param>
/// <param name="Condition"><c>good</c> (default), <c>damaged</c>, <c>expired</c> or <c>defective</c>.</param>
public sealed record ReturnScanInput(string? ScanId, string? Barcode = null, string? Sku = null, string? Lot = null, int Quantity = 1, string? Condition = null);
