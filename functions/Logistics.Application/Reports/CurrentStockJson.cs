using System.Text.Json;

namespace Logistics.Application.Reports;

/// <summary>
/// Writes a <see cref="CurrentStockList"/> as JSON: <c>{ownerId, asOf, lines: [...], totals: {...}}</c>, camelCase
/// members, the instant as ISO-8601 with its offset, a null <c>lot</c> or <c>specification</c> as null, and the totals
/// summing every numeric column over the lines.
/// </summary>
public static class CurrentStockJson
{
    private static readonly string[] Names = ["onHand", "pendingIn", "pendingOut", "available", "pendingDecision", "pendingReturnToSupplier", "pendingProcessing"];

    /// <summary>Writes <paramref name="list"/> to <paramref name="stream"/>, which is left open.</summary>
    public static async Task WriteAsync(CurrentStockList list, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(stream);
        await using var json = new Utf8JsonWriter(stream, ReportJson.Options);
        json.WriteStartObject();
        json.WriteString("ownerId", list.OwnerId);
        json.WriteString("asOf", list.AsOf);
        json.WriteStartArray("lines");
        var totals = new long[Names.Length];
        var written = 0;
        foreach (var line in list.Lines)
        {
            json.WriteStartObject();
            json.WriteString("sku", line.Sku);
            json.WriteString("description", line.Description);
            ReportJson.WriteNullable(json, "specification", line.Specification);
            ReportJson.WriteNullable(json, "lot", line.Lot);
            json.WriteString("packUnit", line.PackUnit);
            ReportJson.WriteNumbers(json, Names, [line.OnHand, line.PendingIn, line.PendingOut, line.Available, line.PendingDecision, line.PendingReturnToSupplier, line.PendingProcessing], totals);
            json.WriteEndObject();
            await ReportJson.FlushNowAndThenAsync(json, ++written, cancellationToken);
        }

        await ReportJson.EndWithTotalsAsync(json, Names, totals, cancellationToken);
    }
}
