using Logistics.Domain.Items;

namespace Logistics.Domain.Counting;

/// <summary>One item and lot at a location where the count differs from the ledger.</summary>
/// <param name="Sku">The owner's item.</param>
/// <param name="Lot">The lot, or <c>null</c>.</param>
/// <param name="Expected">On hand + on hold when the count was recorded.</param>
/// <param name="Counted">Units found.</param>
public sealed record CountVariance(Sku Sku, LotNumber? Lot, long Expected, long Counted)
{
    /// <summary>Counted − expected: positive for a gain, negative for a loss, never zero.</summary>
    public long Variance => Counted - Expected;

    /// <summary>Gain or loss.</summary>
    public CountReason Reason => Variance > 0 ? CountReason.CountGain : CountReason.CountLoss;
}
