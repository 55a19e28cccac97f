using Logistics.Domain.Items;

namespace Logistics.Domain.Counting;

/// <summary>What the counter found of one item and lot at a location.</summary>
/// <param name="Sku">The owner's item.</param>
/// <param name="Lot">The lot, or <c>null</c>.</param>
/// <param name="Units">Units found; 0 when the counter found none of what the ledger expects.</param>
public sealed record CountedStock(Sku Sku, LotNumber? Lot, long Units);
