namespace Logistics.Application.ValueAdded;

/// <summary>Units a completed job produced: one item and lot, put away to one storage location.</summary>
/// <param name="Sku">The output item.</param>
/// <param name="Lot">Its lot: the job number for kits, the input's lot otherwise (null when the input had none).</param>
/// <param name="Units">Units produced.</param>
/// <param name="Location">The storage location they were put away to.</param>
/// <param name="Expiry">The lot's expiry: a kit's is its earliest component's; other outputs keep their input lot's.</param>
public sealed record ValueAddedOutputRecord(string Sku, string? Lot, int Units, string Location, DateOnly? Expiry = null);
