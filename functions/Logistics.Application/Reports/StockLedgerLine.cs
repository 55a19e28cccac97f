namespace Logistics.Application.Reports;

/// <summary>
/// One line of the stock ledger: the warehouse stock of an owner SKU and lot at the start and end of a period and what
/// moved it in between. Warehouse stock is on hand + picked + pending decision + on hold + pending return to supplier +
/// pending processing (what is physically here, held or not); pending in, pending out and in transit are not.
/// </summary>
/// <remarks>
/// Within the period the warehouse-stock deltas are netted per movement type: receipts are <see cref="Received"/>,
/// returns <see cref="Returned"/>, shipments <see cref="Shipped"/> (as a positive out), decisions <see cref="Disposed"/>
/// when they net out (and <see cref="AdjustedIn"/> when they net in), and every other type (adjustments; internal
/// transfers such as putaway and pick net to zero) goes to <see cref="AdjustedIn"/> or <see cref="AdjustedOut"/> by the
/// sign of its net. A receipt, return or shipment that nets against its usual direction (a correction) is counted as an
/// adjustment likewise. So <c>Opening + Received + Returned + AdjustedIn − Shipped − Disposed − AdjustedOut = Closing</c>
/// always holds.
/// </remarks>
/// <param name="Sku">The owner's SKU.</param>
/// <param name="Description">The item's description (empty when the item master has no such SKU).</param>
/// <param name="Lot">The lot, or null.</param>
/// <param name="PackUnit">How the item is packed: <c>Each</c>, or <c>Case of 12</c>; the quantities are eaches either way.</param>
/// <param name="Opening">Warehouse stock at the period's start (movements before it).</param>
/// <param name="Received">Net receipts.</param>
/// <param name="Returned">Net returns (goods the carrier brought back).</param>
/// <param name="AdjustedIn">Net positive adjustments and other movement types.</param>
/// <param name="Shipped">Net shipments, as a positive number.</param>
/// <param name="Disposed">Net owner decisions that took stock out (scrapped), as a positive number.</param>
/// <param name="AdjustedOut">Net negative adjustments and other movement types, as a positive number.</param>
/// <param name="Closing">Warehouse stock at the period's end (movements before it).</param>
public sealed record StockLedgerLine(
    string Sku,
    string Description,
    string? Lot,
    string PackUnit,
    long Opening,
    long Received,
    long Returned,
    long AdjustedIn,
    long Shipped,
    long Disposed,
    long AdjustedOut,
    long Closing);
