namespace Logistics.Application.Inbound;

/// <summary>Goods parked in the pending area for the owner's decision.</summary>
public sealed record PendingGoodsView(string PendingId, string Item, string? Lot, int Quantity, string Reason, string? Decision);
