namespace Logistics.Edi.Inventory;

/// <summary>The content of an 846 Inventory Inquiry/Advice: the owner's stock in the warehouse at one moment.</summary>
/// <param name="ReportNumber">Unique per advice, BIA03 (at most 30 characters, the 004010 length of element 127).</param>
/// <param name="AsOf">The moment the stock was taken, in the warehouse's local time: BIA04 (date) and BIA05 (time).</param>
/// <param name="Lines">One per item and lot, in the order to write them; empty when the owner has no stock.</param>
public sealed record InventoryAdvice(string ReportNumber, DateTimeOffset AsOf, IReadOnlyList<InventoryAdviceLine> Lines);
