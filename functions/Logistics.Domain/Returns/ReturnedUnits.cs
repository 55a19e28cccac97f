namespace Logistics.Domain.Returns;

/// <summary>Units the floor received of one SKU, lot and condition (the scans of a return, totalled).</summary>
/// <param name="Sku">The owner's SKU.</param>
/// <param name="Lot">The lot, or null.</param>
/// <param name="Condition">As the floor found them.</param>
/// <param name="Units">Eaches.</param>
public sealed record ReturnedUnits(string Sku, string? Lot, ReturnCondition Condition, long Units);
