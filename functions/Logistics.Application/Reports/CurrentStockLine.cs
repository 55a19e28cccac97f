namespace Logistics.Application.Reports;

/// <summary>
/// One line of the current-stock list: an owner SKU and lot at an instant. The columns sum ledger statuses so that they
/// answer what a publisher asks: how much is here, how much is coming, how much is promised, how much can be sold.
/// </summary>
/// <param name="Sku">The owner's SKU.</param>
/// <param name="Description">The item's description (empty when the item master has no such SKU).</param>
/// <param name="Specification">The item's specification, or null.</param>
/// <param name="Lot">The lot, or null for stock without a lot.</param>
/// <param name="PackUnit">How the item is packed: <c>Each</c>, or <c>Case of 12</c>; the quantities are eaches either way.</param>
/// <param name="OnHand">Physically here and not held: on hand + picked (picked goods still wait in the shipping area).</param>
/// <param name="PendingIn">Announced by notices and not yet received: pending in.</param>
/// <param name="PendingOut">Committed to orders and not yet shipped: pending out (allocated, not picked) + picked.</param>
/// <param name="Available">On hand + pending in − pending out (the ledger's availability; picked cancels out).</param>
/// <param name="PendingDecision">Awaiting a decision: pending decision + on hold (units held for a stock count).</param>
/// <param name="PendingReturnToSupplier">Waiting to go back to the supplier.</param>
/// <param name="PendingProcessing">Waiting for value-added processing.</param>
public sealed record CurrentStockLine(
    string Sku,
    string Description,
    string? Specification,
    string? Lot,
    string PackUnit,
    long OnHand,
    long PendingIn,
    long PendingOut,
    long Available,
    long PendingDecision,
    long PendingReturnToSupplier,
    long PendingProcessing);
