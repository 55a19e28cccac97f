using System.Globalization;
using Logistics.Application.Items;
using Logistics.Domain.Items;

namespace Logistics.Application.Intake;

/// <summary>
/// Converts a document's lines to eaches with their items' case quantities and holds them to the line and document
/// limits, line by line, as a notice's or an order's rules go through them.
/// </summary>
/// <param name="document">What the lines belong to, for the messages: "notice" or "order".</param>
/// <param name="maxLineUnits">Most eaches one line may come to.</param>
/// <param name="maxDocumentUnits">Most eaches all lines may add up to.</param>
internal sealed class UnitTally(string document, int maxLineUnits, int maxDocumentUnits)
{
    private long _total;

    /// <summary>Counts one line; returns the fault of the limit it breaks, or null.</summary>
    /// <param name="index">The line's zero-based position, where the fault is reported.</param>
    /// <param name="lineNumber">The owner's line number, for the message.</param>
    /// <param name="quantity">The quantity as sent.</param>
    /// <param name="unit">The unit as sent.</param>
    /// <param name="item">The line's item, whose case quantity converts cases.</param>
    /// <param name="field">The quantity's field name, where the fault is reported.</param>
    public LineFault? Add(int index, int lineNumber, Quantity quantity, UnitOfMeasure unit, ItemDocument item, string field)
    {
        ArgumentNullException.ThrowIfNull(item);

        // Long arithmetic: a million cases of a big case quantity must be refused, not wrapped around.
        var units = unit == UnitOfMeasure.Case ? (long)quantity.Units * item.CaseQuantity : quantity.Units;
        var sent = quantity.Units.ToString(CultureInfo.InvariantCulture);
        if (units > maxLineUnits)
        {
            return new LineFault(index, field,
                $"Line {lineNumber}: {quantity.Units} cases of {item.Sku} ({item.CaseQuantity} units each) are {units:N0} units, above the limit of {maxLineUnits:N0} per line; split the line.",
                sent) { Kind = LineFaultKind.OverLimit };
        }

        // Once over the limit, the document is refused at the line that crossed it, not at every line after it.
        if (_total <= maxDocumentUnits && (_total += units) > maxDocumentUnits)
        {
            return new LineFault(index, field,
                $"Line {lineNumber} brings the {document} to {_total:N0} units, above the limit of {maxDocumentUnits:N0} per {document}; send the remaining lines as another {document}.",
                sent) { Kind = LineFaultKind.OverLimit };
        }

        return null;
    }
}
