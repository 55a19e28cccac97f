namespace Logistics.Application.Outbound;

/// <summary>One order line: ordered, allocated (reserved, not yet picked), picked, shipped, backordered and cancelled units.</summary>
public sealed record OrderLineView(int LineNumber, string Sku, string? Lot, int Ordered, int Allocated, int Picked, int Shipped, int Backordered, int Cancelled);
