namespace Logistics.Application.Returns;

/// <summary>What a scan did.</summary>
/// <param name="ReturnId">The return.</param>
/// <param name="ScanId">The scan.</param>
/// <param name="Sku">The item it counted.</param>
/// <param name="Lot">Its lot.</param>
/// <param name="Units">Units counted.</param>
/// <param name="Condition">As the floor found them.</param>
/// <param name="Duplicate">True when the scan id was recorded before: nothing changed.</param>
public sealed record ReturnScanOutcome(string ReturnId, string ScanId, string Sku, string? Lot, long Units, string Condition, bool Duplicate);
