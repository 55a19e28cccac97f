namespace Logistics.Domain.Returns;

/// <summary>
/// Received units that are disposed of together: one announced line's units of one lot and condition, or the units
/// received beyond the announcement (<see cref="OverReturn"/>).
/// </summary>
/// <param name="PartId">P1, P2…: stable once the receipt is closed; decisions name it.</param>
/// <param name="LineNumber">The announced line the units belong to; null for an item the notice did not announce.</param>
/// <param name="Sku">The owner's SKU.</param>
/// <param name="Lot">The lot, or null.</param>
/// <param name="Condition">As the floor found them.</param>
/// <param name="Units">Eaches.</param>
/// <param name="OverReturn">True for units beyond the announced line or of an unannounced item: flagged and held for the owner.</param>
public sealed record ReturnPart(string PartId, int? LineNumber, string Sku, string? Lot, ReturnCondition Condition, long Units, bool OverReturn);
