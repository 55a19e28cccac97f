using Logistics.Domain.Items;

namespace Logistics.Domain.Inbound;

/// <summary>One count at the dock.</summary>
/// <param name="Item">What was scanned.</param>
/// <param name="Lot">Lot read from the label, if any.</param>
/// <param name="Expiry">Expiry read from the label, if any.</param>
/// <param name="Quantity">Units counted in this scan.</param>
/// <param name="Condition">Good or damaged.</param>
/// <param name="ScannedAt">When it was counted.</param>
public sealed record ReceiptScan(
    ScannedItem Item, LotNumber? Lot, DateOnly? Expiry, Quantity Quantity, ItemCondition Condition, DateTimeOffset ScannedAt);
