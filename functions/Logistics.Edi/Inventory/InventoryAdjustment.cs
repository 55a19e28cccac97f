namespace Logistics.Edi.Inventory;

/// <summary>The content of a 947 Warehouse Inventory Adjustment Advice: what one adjustment (a posted count) changed in the owner's stock.</summary>
/// <param name="AdjustmentNumber">The warehouse's number of the adjustment, W1502 (and W1503, see the writer); at most 22 characters.</param>
/// <param name="AdjustedOn">The warehouse's local business day the adjustment was posted, W1501.</param>
/// <param name="Depositor">The owner's name or id, N1*DE.</param>
/// <param name="Lines">One per item, lot and location adjusted, in the order to write them; at least one (the W19 loop is mandatory).</param>
public sealed record InventoryAdjustment(string AdjustmentNumber, DateOnly AdjustedOn, string Depositor, IReadOnlyList<InventoryAdjustmentLine> Lines);
