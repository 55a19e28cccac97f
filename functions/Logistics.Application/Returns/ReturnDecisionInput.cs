namespace Logistics.Application.Returns;

/// <summary>The owner's decision on a held part of a return.</summary>
/// <param name="PartId">The held part, as the return lists it.</param>
/// <param name="Decision"><c>restock</c>, <c>returnToSupplier</c> or <c>scrap</c>.</param>
/// <param name="Reason">A note; for a scrap, why (optional: the owner's word is reason enough).</param>
/// <param name="Supplier">For a return to supplier: where to, when not the notice's supplier.</param>
public sealed record ReturnDecisionInput(string? PartId, string? Decision, string? Reason = null, SupplierInput? Supplier = null);
