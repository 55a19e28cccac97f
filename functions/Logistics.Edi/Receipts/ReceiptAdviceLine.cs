using Logistics.Domain.Items;

namespace Logistics.Edi.Receipts;

/// <summary>What was received for one item and lot, in eaches.</summary>
/// <param name="Sku">Owner's item code.</param>
/// <param name="Lot">Lot, if any.</param>
/// <param name="ReceivedGood">Units received in good condition (W0701).</param>
/// <param name="Damaged">Units received damaged (W13 code 01).</param>
/// <param name="Over">Units beyond the notice (W13 code 03).</param>
/// <param name="Short">Units notified but missing (W13 code 02).</param>
public sealed record ReceiptAdviceLine(Sku Sku, LotNumber? Lot, int ReceivedGood, int Damaged, int Over, int Short);
