using System.Globalization;
using Logistics.Domain.Items;
using Logistics.Edi.Inbound;
using Logistics.Edi.X12;

namespace Logistics.Edi.Inventory;

/// <summary>Writes an 846 Inventory Inquiry/Advice (functional group IB): the owner's stock in the warehouse.</summary>
/// <remarks>
/// <para>
/// BIA: 00 (original), SI (seller inventory report: the stock reported is the owner's, who sells it; the warehouse only
/// keeps it), BIA03 the report number, BIA04/BIA05 the as-of date and time in the warehouse's local time. No DTM: BIA04
/// and BIA05 already date the advice, and the stock is a snapshot of that moment.
/// </para>
/// <para>
/// Per line a LIN: LIN01 the line's ordinal, SK + SKU, LT + lot when the stock has one. PID*F with the description in
/// PID05 (any delimiter blanked, cut to the element's 80 characters, left out when blank). Then one QTY per quantity with
/// its unit (EA or CA) in QTY03: 17 on hand and 33 available always, even when zero, so the owner reads a zero as "none"
/// rather than "not reported"; 63 pending in (on order), 27 pending out (committed), QH pending the owner's decision
/// (on hold), 28 pending return to the supplier, 37 pending value-added processing (work in process) only when not zero.
/// Available can be negative when allocations exceed the stock: QTY02 is a decimal (R) element, which takes a sign.
/// CTT01 counts the LIN segments. An owner without stock gets an advice without LIN loops, BIA and CTT*0.
/// </para>
/// <para>
/// The SKU and the lot identify the stock: one holding a delimiter is refused rather than altered.
/// </para>
/// </remarks>
public static class InventoryAdviceWriter
{
    private const int MaxReportNumberLength = 30;
    private const int MaxDescriptionLength = 80;

    /// <summary>Writes the 846 text from <paramref name="warehouse"/> to <paramref name="owner"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The report number is blank or longer than 30 characters, a line has no SKU or a unit the warehouse does not use, or
    /// a SKU or lot holds a delimiter.
    /// </exception>
    public static string Write(InventoryAdvice advice, X12Partner warehouse, X12Partner owner, X12EnvelopeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(advice.Lines);
        if (string.IsNullOrWhiteSpace(advice.ReportNumber) || advice.ReportNumber.Length > MaxReportNumberLength)
        {
            throw new ArgumentException($"The report number '{advice.ReportNumber}' must have 1 to {MaxReportNumberLength} characters (BIA03).", nameof(advice));
        }

        var writer = new X12Writer(warehouse, owner, settings)
            .StartGroup("IB", warehouse.ApplicationCode, owner.ApplicationCode)
            .StartSet("846", "0001")
            .Segment("BIA", "00", "SI", advice.ReportNumber, advice.AsOf.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                advice.AsOf.ToString("HHmmss", CultureInfo.InvariantCulture));

        for (var i = 0; i < advice.Lines.Count; i++)
        {
            WriteLine(writer, i + 1, advice.Lines[i]);
        }

        writer.Segment("CTT", Number(advice.Lines.Count));
        return writer.EndSet().EndGroup().EndInterchange();
    }

    private static void WriteLine(X12Writer writer, int ordinal, InventoryAdviceLine line)
    {
        if (string.IsNullOrWhiteSpace(line.Sku))
        {
            throw new ArgumentException($"Line {ordinal} of the inventory advice has no SKU (LIN03).", nameof(line));
        }

        var unit = UnitCode(line.UnitOfMeasure, ordinal);
        var lot = string.IsNullOrEmpty(line.Lot) ? null : line.Lot;
        writer.Segment("LIN", Number(ordinal), "SK", line.Sku, lot is null ? null : "LT", lot);
        var description = writer.Echo(line.Description)?.Trim();
        if (!string.IsNullOrEmpty(description))
        {
            writer.Segment("PID", "F", null, null, null, description.Length > MaxDescriptionLength ? description[..MaxDescriptionLength].TrimEnd() : description);
        }

        Quantity(writer, "17", line.OnHand, unit, always: true);
        Quantity(writer, "33", line.Available, unit, always: true);
        Quantity(writer, "63", line.PendingIn, unit);
        Quantity(writer, "27", line.PendingOut, unit);
        Quantity(writer, "QH", line.PendingDecision, unit);
        Quantity(writer, "28", line.PendingReturnToSupplier, unit);
        Quantity(writer, "37", line.PendingProcessing, unit);
    }

    private static void Quantity(X12Writer writer, string qualifier, long units, string unit, bool always = false)
    {
        if (always || units != 0)
        {
            writer.Segment("QTY", qualifier, Number(units), unit);
        }
    }

    // The line may carry the domain's unit name or an X12 code; both go through X12UnitCodes so a case is written CA
    // whichever way it was named, as the 940/943 intake reads it back.
    private static string UnitCode(string unit, int ordinal)
    {
        if (Enum.GetNames<UnitOfMeasure>().Contains(unit, StringComparer.Ordinal))
        {
            return X12UnitCodes.ToCode(Enum.Parse<UnitOfMeasure>(unit));
        }

        return X12UnitCodes.Accepted.Contains(unit, StringComparer.Ordinal)
            ? X12UnitCodes.ToCode(X12UnitCodes.ToUnit(unit))
            : throw new ArgumentException($"Line {ordinal} of the inventory advice counts in '{unit}', which is neither a unit of measure nor an accepted X12 unit code.", nameof(unit));
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
