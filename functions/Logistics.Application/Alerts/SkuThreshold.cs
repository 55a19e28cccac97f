namespace Logistics.Application.Alerts;

/// <summary>An item's own low-stock threshold, overriding the owner's default (0 switches the item's alert off).</summary>
/// <param name="Sku">The item.</param>
/// <param name="Threshold">Available units below which the item is low.</param>
public sealed record SkuThreshold(string Sku, long Threshold);
