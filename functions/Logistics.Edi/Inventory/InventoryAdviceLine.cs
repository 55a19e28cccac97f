namespace Logistics.Edi.Inventory;

/// <summary>The stock of one item (and lot) of the owner, as the warehouse's ledger holds it: one LIN loop of the 846.</summary>
/// <param name="Sku">The owner's item code, LIN02 SK / LIN03.</param>
/// <param name="Lot">The lot, LIN04 LT / LIN05; <c>null</c> for stock kept without a lot.</param>
/// <param name="Description">The item's description, PID*F (PID05); omitted when blank.</param>
/// <param name="UnitOfMeasure">
/// The unit the quantities are counted in, as a <see cref="Logistics.Domain.Items.UnitOfMeasure"/> name (<c>Each</c>,
/// <c>Case</c>) or an X12 unit code the warehouse accepts (EA, CA, CS, CT); written as EA or CA in QTY03.
/// </param>
/// <param name="OnHand">Units physically here and usable, QTY*17.</param>
/// <param name="PendingIn">Units notified by the owner and not yet received, QTY*63.</param>
/// <param name="PendingOut">Units allocated to outbound orders and not yet shipped, QTY*27.</param>
/// <param name="Available">On hand + pending in − pending out, QTY*33; negative when allocations exceed the stock.</param>
/// <param name="PendingDecision">Units quarantined until the owner decides (over, damaged, unknown goods), QTY*QH.</param>
/// <param name="PendingReturnToSupplier">Units the owner decided to send back to the supplier, QTY*28.</param>
/// <param name="PendingProcessing">Units waiting for value-added processing, QTY*37.</param>
public sealed record InventoryAdviceLine(
    string Sku,
    string? Lot,
    string Description,
    string UnitOfMeasure,
    long OnHand,
    long PendingIn,
    long PendingOut,
    long Available,
    long PendingDecision,
    long PendingReturnToSupplier,
    long PendingProcessing);
