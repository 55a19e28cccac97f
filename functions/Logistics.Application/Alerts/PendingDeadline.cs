namespace Logistics.Application.Alerts;

/// <summary>Goods held in a pending area until their owner decides, with the deadline for the decision.</summary>
/// <param name="Owner">The goods owner, who decides.</param>
/// <param name="PendingKey">Names the goods for good: <c>{notice id}/{pending id}</c> for a notice's pending goods, <c>returns/{return id}/{part id}</c> for a return's held part.</param>
/// <param name="Sku">The item (for goods of an unknown item, <c>unknown:{code}</c>).</param>
/// <param name="Lot">The lot, when known.</param>
/// <param name="Units">Units held.</param>
/// <param name="Deadline">When the owner's decision is due.</param>
public sealed record PendingDeadline(string Owner, string PendingKey, string Sku, string? Lot, long Units, DateTimeOffset Deadline);
