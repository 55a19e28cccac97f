namespace Logistics.Application.Reports;

/// <summary>Writes a <see cref="StockLedgerReport"/> as RFC 4180 CSV (UTF-8, CRLF, invariant numbers), one row per line after a header row.</summary>
public static class StockLedgerCsv
{
    /// <summary>The header row, the file's contract with the spreadsheets that read it.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "Owner SKU", "Description", "Lot", "Pack unit", "Opening", "Received", "Returned", "Adjusted in", "Shipped", "Disposed", "Adjusted out", "Closing",
    ];

    /// <summary>Writes <paramref name="report"/> to <paramref name="stream"/>, which is left open.</summary>
    public static async Task WriteAsync(StockLedgerReport report, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        await using var csv = await ReportCsv.StartAsync(stream, Header, cancellationToken);
        foreach (var line in report.Lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            csv.WriteField(line.Sku);
            csv.WriteField(line.Description);
            csv.WriteField(line.Lot);
            csv.WriteField(line.PackUnit);
            csv.WriteField(line.Opening);
            csv.WriteField(line.Received);
            csv.WriteField(line.Returned);
            csv.WriteField(line.AdjustedIn);
            csv.WriteField(line.Shipped);
            csv.WriteField(line.Disposed);
            csv.WriteField(line.AdjustedOut);
            csv.WriteField(line.Closing);
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
