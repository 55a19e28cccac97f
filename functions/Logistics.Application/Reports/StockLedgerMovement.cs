namespace Logistics.Application.Reports;

/// <summary>
/// One detail line of the stock ledger: what one step (one movement type and source reference at one instant) did to
/// the warehouse stock of an owner SKU and lot, with the running balance after it.
/// </summary>
/// <param name="Sku">The owner's SKU.</param>
/// <param name="Lot">The lot, or null.</param>
/// <param name="OccurredAt">When the step happened.</param>
/// <param name="MovementType">The <c>MovementType</c> name.</param>
/// <param name="SourceReference">The step that moved the stock (notice, order, count).</param>
/// <param name="In">Net units into warehouse stock (0 when the step took units out).</param>
/// <param name="Out">Net units out of warehouse stock, as a positive number (0 when the step brought units in).</param>
/// <param name="Balance">Warehouse stock of the SKU and lot after the step: the period's opening plus every earlier line.</param>
public sealed record StockLedgerMovement(
    string Sku,
    string? Lot,
    DateTimeOffset OccurredAt,
    string MovementType,
    string SourceReference,
    long In,
    long Out,
    long Balance);
