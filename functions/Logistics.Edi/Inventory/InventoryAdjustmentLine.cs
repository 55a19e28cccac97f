namespace Logistics.Edi.Inventory;

/// <summary>One adjusted item (and lot): a W19 loop of the 947.</summary>
/// <param name="ReasonCode">W1901, element 181 (two characters), e.g. <c>AA</c> physical count.</param>
/// <param name="Units">W1902, signed: positive for a gain, negative for a loss; never zero.</param>
/// <param name="Sku">The owner's item code, W1905 SK / W1906.</param>
/// <param name="Lot">The lot, W1909 when it fits 12 characters and N9*LT in full; <c>null</c> for stock kept without a lot.</param>
public sealed record InventoryAdjustmentLine(string ReasonCode, long Units, string Sku, string? Lot);
