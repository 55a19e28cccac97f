namespace Logistics.Application.Reports;

/// <summary>Writes a <see cref="CurrentStockList"/> as RFC 4180 CSV (UTF-8, CRLF, invariant numbers), one row per line after a header row.</summary>
public static class CurrentStockCsv
{
    /// <summary>The header row, the file's contract with the spreadsheets that read it.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "Owner SKU", "Description", "Specification", "Lot", "Pack unit", "On hand", "Pending in", "Pending out", "Available",
        "Pending decision", "Pending return to supplier", "Pending processing",
    ];

    /// <summary>Writes <paramref name="list"/> to <paramref name="stream"/>, which is left open.</summary>
    public static async Task WriteAsync(CurrentStockList list, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(stream);
        await using var csv = await ReportCsv.StartAsync(stream, Header, cancellationToken);
        foreach (var line in list.Lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            csv.WriteField(line.Sku);
            csv.WriteField(line.Description);
            csv.WriteField(line.Specification);
            csv.WriteField(line.Lot);
            csv.WriteField(line.PackUnit);
            csv.WriteField(line.OnHand);
            csv.WriteField(line.PendingIn);
            csv.WriteField(line.PendingOut);
            csv.WriteField(line.Available);
            csv.WriteField(line.PendingDecision);
            csv.WriteField(line.PendingReturnToSupplier);
            csv.WriteField(line.PendingProcessing);
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
