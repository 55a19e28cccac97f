using Logistics.Domain.Returns;

namespace Logistics.Application.Returns;

/// <summary>One announced line of a return, its quantity in eaches.</summary>
/// <param name="LineNumber">The notice's line number (a failed delivery's: the shipment content's position, from 1).</param>
/// <param name="Sku">The owner's SKU, resolved at intake.</param>
/// <param name="Lot">The lot, when the sender knew it.</param>
/// <param name="Units">Eaches announced.</param>
/// <param name="Reason">Why the goods come back.</param>
/// <param name="RequestedDisposition">What the owner asked to be done, when it did.</param>
/// <param name="ReasonText">The sender's words for the reason.</param>
/// <param name="OriginalOrderNumber">The order the goods left on, when named.</param>
/// <param name="AnnouncedQuantity">The quantity as sent, in <paramref name="AnnouncedUnit"/>.</param>
/// <param name="AnnouncedUnit">The X12 unit code as sent (EA, CA).</param>
public sealed record ReturnLineRecord(
    int LineNumber,
    string Sku,
    string? Lot,
    long Units,
    ReturnReason Reason,
    ReturnDisposition? RequestedDisposition,
    string? ReasonText,
    string? OriginalOrderNumber,
    long AnnouncedQuantity,
    string AnnouncedUnit);
