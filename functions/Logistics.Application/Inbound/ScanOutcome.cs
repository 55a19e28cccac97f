namespace Logistics.Application.Inbound;

/// <summary>The result of a scan.</summary>
/// <param name="NoticeId">The notice.</param>
/// <param name="ScanId">The scan id.</param>
/// <param name="Item">The SKU, or <c>unknown:{code}</c>.</param>
/// <param name="Duplicate">True when the scan id was already recorded (nothing changed).</param>
/// <param name="ReceiptClosed">True when this scan completed every line and so closed the receipt.</param>
public sealed record ScanOutcome(string NoticeId, string ScanId, string Item, bool Duplicate, bool ReceiptClosed);
