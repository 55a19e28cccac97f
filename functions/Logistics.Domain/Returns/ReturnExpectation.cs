namespace Logistics.Domain.Returns;

/// <summary>One announced line of a return, as the receipt matches goods against it.</summary>
/// <param name="LineNumber">The notice's line number.</param>
/// <param name="Sku">The owner's SKU.</param>
/// <param name="Lot">The announced lot; null when the sender did not know it (then any lot of the SKU matches).</param>
/// <param name="Units">Units announced, in eaches.</param>
public sealed record ReturnExpectation(int LineNumber, string Sku, string? Lot, long Units);
