namespace Logistics.Application.Reports;

/// <summary>Writes the ledger's detail lines as RFC 4180 CSV (UTF-8, CRLF, invariant numbers, ISO-8601 instants), as they stream in.</summary>
public static class StockLedgerMovementsCsv
{
    /// <summary>The header row, the file's contract with the spreadsheets that read it.</summary>
    public static IReadOnlyList<string> Header { get; } = ["Owner SKU", "Lot", "Occurred at", "Movement", "Source reference", "In", "Out", "Balance"];

    /// <summary>Writes <paramref name="movements"/> to <paramref name="stream"/>, which is left open.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<StockLedgerMovement> movements, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(movements);
        ArgumentNullException.ThrowIfNull(stream);
        await using var csv = await ReportCsv.StartAsync(stream, Header, cancellationToken);
        await foreach (var movement in movements.WithCancellation(cancellationToken))
        {
            csv.WriteField(movement.Sku);
            csv.WriteField(movement.Lot);
            csv.WriteField(movement.OccurredAt);
            csv.WriteField(movement.MovementType);
            csv.WriteField(movement.SourceReference);
            csv.WriteField(movement.In);
            csv.WriteField(movement.Out);
            csv.WriteField(movement.Balance);
            await csv.EndRecordAsync(cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }
}
