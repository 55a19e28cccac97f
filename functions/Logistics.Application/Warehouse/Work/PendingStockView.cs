namespace Logistics.Application.Warehouse.Work;

/// <summary>Stock in a pending area (damaged, unexpected or returned goods) awaiting its owner's decision.</summary>
/// <param name="OwnerId">The publisher who decides.</param>
/// <param name="Sku">The item.</param>
/// <param name="Lot">Its lot, if lot-controlled.</param>
/// <param name="Location">The pending area.</param>
/// <param name="Quantity">Units awaiting the decision.</param>
/// <param name="Reference">The return a held part belongs to; null for goods parked at receipt (the notice's pending goods name them).</param>
/// <param name="UpdatedAt">When the balance last changed.</param>
public sealed record PendingStockView(string OwnerId, string Sku, string? Lot, string Location, long Quantity, string? Reference, string UpdatedAt);
