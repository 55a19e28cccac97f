namespace Logistics.Application.Returns;

/// <summary>The floor's inspection result for one part of a return.</summary>
/// <param name="PartId">The part, as the return lists it (P1, P2…).</param>
/// <param name="Disposition"><c>restock</c>, <c>hold</c> (for the owner), <c>returnToSupplier</c> or <c>scrap</c>.</param>
/// <param name="Reason">Why; required for a scrap.</param>
/// <param name="DefaultAction">For a hold: <c>restock</c>, <c>returnToSupplier</c> or <c>scrap</c> at the deadline (by default restock when good, else scrap).</param>
/// <param name="Supplier">For a return to supplier: where to, when not the notice's supplier.</param>
public sealed record DispositionInput(string? PartId, string? Disposition, string? Reason = null, string? DefaultAction = null, SupplierInput? Supplier = null);
