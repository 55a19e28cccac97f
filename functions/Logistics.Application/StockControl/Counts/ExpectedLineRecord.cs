namespace Logistics.Application.StockControl.Counts;

/// <summary>What the ledger held of one item and lot at the task's location when the count was recorded.</summary>
public sealed record ExpectedLineRecord(string Sku, string? Lot, long OnHand, long OnHold);
