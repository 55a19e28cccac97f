using Logistics.Domain.Items;

namespace Logistics.Domain.Counting;

/// <summary>What the ledger holds of one item and lot at a counted location when the count was recorded.</summary>
/// <param name="Sku">The owner's item.</param>
/// <param name="Lot">The lot, or <c>null</c>.</param>
/// <param name="OnHand">Units on hand there.</param>
/// <param name="OnHold">Units a short pick put on hold there (the ledger says they are there, a picker did not find them).</param>
public sealed record ExpectedStock(Sku Sku, LotNumber? Lot, long OnHand, long OnHold)
{
    /// <summary>What the ledger says is physically there: on hand and on hold.</summary>
    public long Units => OnHand + OnHold;
}
