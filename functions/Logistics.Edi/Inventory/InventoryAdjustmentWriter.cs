using System.Globalization;
using Logistics.Edi.X12;

namespace Logistics.Edi.Inventory;

/// <summary>Writes a 947 Warehouse Inventory Adjustment Advice (functional group AW): what a posted count changed.</summary>
/// <remarks>
/// <para>
/// W15: W1501 the business day posted (CCYYMMDD), W1502 the warehouse's adjustment number and W1503 the same number (the
/// standard pairs them, P0203, and a count is the warehouse's own, so the depositor has no number of its own for it),
/// W1504 00 (original). N1*DE names the owner. No header G62: W1501 already dates the adjustment.
/// </para>
/// <para>
/// Per line a W19: W1901 the reason (AA physical count for a count's variance), W1902 the signed quantity (element 477 is
/// type R: +5 a gain, -3 a loss), W1903 EA (stock is counted in eaches), W1905 SK + W1906 the SKU, W1909 the lot when it
/// fits its 12 characters; then N9*LT with the lot in full (up to 30), as the 945 does.
/// </para>
/// <para>The SKU and the lot identify the stock: one holding a delimiter is refused rather than altered.</para>
/// </remarks>
public static class InventoryAdjustmentWriter
{
    private const int MaxAdjustmentNumberLength = 22;
    private const int MaxWarehouseLotLength = 12;

    /// <summary>Writes the 947 text from <paramref name="warehouse"/> to <paramref name="owner"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The adjustment number is blank or longer than 22 characters, there are no lines, or a line has no SKU, a reason that
    /// is not two characters, or zero units.
    /// </exception>
    public static string Write(InventoryAdjustment adjustment, X12Partner warehouse, X12Partner owner, X12EnvelopeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(adjustment);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(adjustment.Lines);
        if (string.IsNullOrWhiteSpace(adjustment.AdjustmentNumber) || adjustment.AdjustmentNumber.Length > MaxAdjustmentNumberLength)
        {
            throw new ArgumentException($"The adjustment number '{adjustment.AdjustmentNumber}' must have 1 to {MaxAdjustmentNumberLength} characters (W1502).", nameof(adjustment));
        }

        if (adjustment.Lines.Count == 0)
        {
            throw new ArgumentException($"The adjustment {adjustment.AdjustmentNumber} has no lines; a 947 needs at least one W19.", nameof(adjustment));
        }

        var writer = new X12Writer(warehouse, owner, settings)
            .StartGroup("AW", warehouse.ApplicationCode, owner.ApplicationCode)
            .StartSet("947", "0001");
        writer.Segment("W15", adjustment.AdjustedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture), adjustment.AdjustmentNumber, adjustment.AdjustmentNumber, "00")
            .Segment("N1", "DE", writer.Echo(adjustment.Depositor));
        for (var i = 0; i < adjustment.Lines.Count; i++)
        {
            WriteLine(writer, i + 1, adjustment.Lines[i]);
        }

        return writer.EndSet().EndGroup().EndInterchange();
    }

    private static void WriteLine(X12Writer writer, int ordinal, InventoryAdjustmentLine line)
    {
        if (string.IsNullOrWhiteSpace(line.Sku))
        {
            throw new ArgumentException($"Line {ordinal} of the adjustment has no SKU (W1906).", nameof(line));
        }

        if (line.ReasonCode is not { Length: 2 })
        {
            throw new ArgumentException($"Line {ordinal} of the adjustment has reason '{line.ReasonCode}'; W1901 takes a two-character code.", nameof(line));
        }

        if (line.Units == 0)
        {
            throw new ArgumentException($"Line {ordinal} of the adjustment changes nothing; a W19 reports a change.", nameof(line));
        }

        var lot = string.IsNullOrEmpty(line.Lot) ? null : line.Lot;
        writer.Segment("W19", line.ReasonCode, line.Units.ToString(CultureInfo.InvariantCulture), "EA", null, "SK", line.Sku, null, null,
            lot is { Length: <= MaxWarehouseLotLength } ? lot : null);
        if (lot is not null)
        {
            writer.Segment("N9", "LT", lot);
        }
    }
}
