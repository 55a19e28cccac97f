namespace Logistics.Application.ValueAdded;

/// <summary>The body of <c>POST /api/work-orders</c>: a value-added job the owner orders.</summary>
/// <param name="JobNumber">The owner's job number, 1–30 of letters, digits, '-', '_', '.'; the idempotency key (and a kit's lot).</param>
/// <param name="Kind"><c>kit</c>, <c>split</c>, <c>repack</c> or <c>label</c>.</param>
/// <param name="Sku">The item produced: the kit, the each item a split yields, the repacked item, the item labelled.</param>
/// <param name="Units">Kits to build, cases to split, units to repack or label; 1–1,000,000.</param>
/// <param name="InputSku">The item consumed, for <c>split</c> (a case item) and <c>repack</c> only.</param>
/// <param name="Instructions">An optional note for the floor (label text, packaging), at most 200 characters.</param>
public sealed record WorkOrderInput(string? JobNumber, string? Kind, string? Sku, int? Units, string? InputSku = null, string? Instructions = null);
