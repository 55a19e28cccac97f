using Logistics.Application.StockControl.Counts;

namespace Logistics.Functions.StockControl;

/// <summary>The JSON twin of a count's 947: the adjustment number and day, and per variance what the W19 carries and more.</summary>
public sealed record InventoryAdjustmentView(string CountId, string AdjustmentNumber, DateOnly AdjustedOn, IReadOnlyList<InventoryAdjustmentLineView> Lines)
{
    /// <summary>The view of a posted count.</summary>
    public static InventoryAdjustmentView From(CountDocument count, DateOnly adjustedOn)
    {
        ArgumentNullException.ThrowIfNull(count);
        return new(count.CountId, count.CountNumber, adjustedOn, [.. count.Variances.Select(v =>
            new InventoryAdjustmentLineView(InventoryAdjustments.PhysicalCount, v.Reason, v.Sku, v.Lot, v.Location, v.Expected, v.Counted, v.Variance))]);
    }
}
