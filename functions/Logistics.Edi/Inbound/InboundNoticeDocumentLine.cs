using Logistics.Domain.Items;

namespace Logistics.Edi.Inbound;

/// <summary>One validated line of an inbound notice, in the unit the owner used.</summary>
/// <param name="LineNumber">Owner's line number (943: W04 order; 856: LIN01; JSON: lineNumber).</param>
/// <param name="Sku">Owner's item code.</param>
/// <param name="Quantity">Quantity in <paramref name="Unit"/>.</param>
/// <param name="Unit">Each or case.</param>
/// <param name="Lot">Lot, when given.</param>
/// <param name="Expiry">Expiry date, when given.</param>
public sealed record InboundNoticeDocumentLine(int LineNumber, Sku Sku, Quantity Quantity, UnitOfMeasure Unit, LotNumber? Lot, DateOnly? Expiry);
