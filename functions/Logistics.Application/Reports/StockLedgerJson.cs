using System.Text.Json;

namespace Logistics.Application.Reports;

/// <summary>
/// Writes a <see cref="StockLedgerReport"/> as JSON: <c>{ownerId, from, to, lines: [...], totals: {...}}</c>, camelCase
/// members, instants as ISO-8601 with their offset, a null <c>lot</c> as null, and the totals summing every numeric
/// column over the lines (so the totals keep the ledger identity too).
/// </summary>
public static class StockLedgerJson
{
    private static readonly string[] Names = ["opening", "received", "returned", "adjustedIn", "shipped", "disposed", "adjustedOut", "closing"];

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/>, which is left open.</summary>
    public static async Task WriteAsync(StockLedgerReport report, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        await using var json = new Utf8JsonWriter(stream, ReportJson.Options);
        json.WriteStartObject();
        json.WriteString("ownerId", report.OwnerId);
        json.WriteString("from", report.From);
        json.WriteString("to", report.To);
        json.WriteStartArray("lines");
        var totals = new long[Names.Length];
        var written = 0;
        foreach (var line in report.Lines)
        {
            json.WriteStartObject();
            json.WriteString("sku", line.Sku);
            json.WriteString("description", line.Description);
            ReportJson.WriteNullable(json, "lot", line.Lot);
            json.WriteString("packUnit", line.PackUnit);
            ReportJson.WriteNumbers(json, Names, [line.Opening, line.Received, line.Returned, line.AdjustedIn, line.Shipped, line.Disposed, line.AdjustedOut, line.Closing], totals);
            json.WriteEndObject();
            await ReportJson.FlushNowAndThenAsync(json, ++written, cancellationToken);
        }

        await ReportJson.EndWithTotalsAsync(json, Names, totals, cancellationToken);
    }
}
