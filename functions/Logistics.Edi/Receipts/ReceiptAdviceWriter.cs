using System.Globalization;
using Logistics.Edi.X12;

namespace Logistics.Edi.Receipts;

/// <summary>Writes a 944 Warehouse Stock Transfer Receipt Advice (functional group RE).</summary>
/// <remarks>
/// W17: F, the receipt date, our receipt number, the depositor order number, the shipment id (see
/// <see cref="ReceiptAdvice"/>). Per line: W07 (W0701 good units, W0702 EA, W0704/W0705 SK + SKU, W0708 lot), then one W13 per discrepancy with
/// receiving condition codes 01 damaged (W1305 damage reason NR, not reported), 02 short, 03 over. W14 carries the
/// total units received, good and damaged. Quantities are always eaches because stock is counted in eaches.
/// </remarks>
public static class ReceiptAdviceWriter
{
    /// <summary>Writes the 944 text from <paramref name="warehouse"/> to <paramref name="owner"/>.</summary>
    public static string Write(ReceiptAdvice advice, X12Partner warehouse, X12Partner owner, X12EnvelopeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(owner);
        var writer = new X12Writer(warehouse, owner, settings)
            .StartGroup("RE", warehouse.ApplicationCode, owner.ApplicationCode)
            .StartSet("944", "0001")
            .Segment("W17", "F", advice.ReceivedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture), advice.ReceiptNumber,
                advice.DepositorOrderNumber, advice.ShipmentId)
            .Segment("N1", "DE", advice.Depositor);

        foreach (var line in advice.Lines)
        {
            writer.Segment("W07", Units(line.ReceivedGood), "EA", null, "SK", line.Sku.Value, null, null, line.Lot?.Value);
            Discrepancy(writer, line.Damaged, "01", line, "NR");
            Discrepancy(writer, line.Short, "02", line, null);
            Discrepancy(writer, line.Over, "03", line, null);
        }

        writer.Segment("W14", Units(advice.Lines.Sum(l => l.ReceivedGood + l.Damaged)));
        return writer.EndSet().EndGroup().EndInterchange();
    }

    private static void Discrepancy(X12Writer writer, int units, string condition, ReceiptAdviceLine line, string? damageReason)
    {
        if (units > 0)
        {
            writer.Segment("W13", Units(units), "EA", condition, line.Lot?.Value, damageReason);
        }
    }

    private static string Units(int units) => units.ToString(CultureInfo.InvariantCulture);
}
