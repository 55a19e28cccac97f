namespace Logistics.Application.Inbound;

/// <summary>A scan from the floor.</summary>
/// <param name="ScanId">The device's own id for this scan (1–64 characters); resending it changes nothing.</param>
/// <param name="Barcode">The scanned code (check digit verified for EAN/UPC/ISBN); or give <paramref name="Sku"/>.</param>
/// <param name="Sku">The SKU, when keyed in instead of scanned.</param>
/// <param name="Lot">Lot printed on the goods.</param>
/// <param name="Expiry">Expiry printed on the goods.</param>
/// <param name="Quantity">Units (at least 1).</param>
/// <param name="Condition"><c>good</c> (default) or <c>damaged</c>.</param>
public sealed record ScanInput(string? ScanId, string? Barcode = null, string? Sku = null, string? Lot = null, DateOnly? Expiry = null, int Quantity = 1, string? Condition = null);
