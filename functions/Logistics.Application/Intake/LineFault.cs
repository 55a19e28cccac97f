using Logistics.Edi.Inbound;

namespace Logistics.Application.Intake;

/// <summary>A business-rule fault of a notice or an order; <see cref="LineIndex"/> is null for the header.</summary>
/// <param name="LineIndex">Zero-based position of the line in the document.</param>
/// <param name="Field">
/// The JSON member name (<see cref="NoticeFields"/>, <c>OrderFields</c>): sku, quantity, unit, lot, expiry, expectedDate, shipBy.
/// </param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="BadValue">The offending value, echoed in a 997 AK4.</param>
public sealed record LineFault(int? LineIndex, string Field, string Message, string? BadValue = null)
{
    /// <summary>For an item fault, the id at fault (an X12 line may name its item by several), so the 997 points at its element.</summary>
    public ItemReference? ItemId { get; init; }

    /// <summary>What kind of wrong it is; an X12 answer picks its code by it.</summary>
    public LineFaultKind Kind { get; init; }

    /// <summary>The JSON pointer of the field at fault, e.g. <c>/lines/0/sku</c> or <c>/shipBy</c>.</summary>
    public string Pointer => NoticeFields.Pointer(LineIndex, Field);
}
