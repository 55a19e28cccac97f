using Logistics.Storage.Blobs;
using Microsoft.DurableTask;

namespace Logistics.Application.Reports.Runs;

/// <summary>
/// Writes one step of a report run: builds the report from the ledger at the run's instant or period once, and stores
/// it in each of the run's formats (or streams the ledger's movement detail).
/// </summary>
public sealed class WriteReportActivity(StockReports reports, InventoryAdvices advices, IBlobStore blobs, Warehouse.BusinessCalendar calendar)
    : TaskActivity<ReportStepInput, IReadOnlyList<ReportFile>>
{
    /// <inheritdoc/>
    public override async Task<IReadOnlyList<ReportFile>> RunAsync(TaskActivityContext context, ReportStepInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var run = input.Run;
        Func<ReportFileInput, Stream, CancellationToken, Task> write;
        switch (run.Kind)
        {
            case ReportKinds.CurrentStock:
                var list = await reports.CurrentStockAsync(run.OwnerId, run.AsOf!.Value, CancellationToken.None);
                write = (file, stream, ct) => file.Format == ReportFormats.Csv ? CurrentStockCsv.WriteAsync(list, stream, ct) : CurrentStockJson.WriteAsync(list, stream, ct);
                break;
            case ReportKinds.InventoryAdvice:
                var stock = await reports.CurrentStockAsync(run.OwnerId, run.AsOf!.Value, CancellationToken.None);
                write = (_, stream, ct) => advices.WriteAsync(stock, stream, ct);
                break;
            case ReportKinds.StockLedger when input.Movements:
                write = (_, stream, ct) => StockLedgerMovementsCsv.WriteAsync(reports.LedgerMovementsAsync(run.OwnerId, From(run), To(run), ct), stream, ct);
                break;
            case ReportKinds.StockLedger:
                var ledger = await reports.LedgerAsync(run.OwnerId, From(run), To(run), CancellationToken.None);
                write = (file, stream, ct) => file.Format == ReportFormats.Csv ? StockLedgerCsv.WriteAsync(ledger, stream, ct) : StockLedgerJson.WriteAsync(ledger, stream, ct);
                break;
            default:
                throw new InvalidOperationException($"No writer for report kind '{run.Kind}'.");
        }

        var written = new List<ReportFile>();
        foreach (var file in input.Files)
        {
            var name = ReportFiles.NameOf(file);
            var contentType = ReportFormats.ContentTypeOf(file.Format);
            var length = await ReportUpload.PutAsync(blobs, name, contentType, (stream, ct) => write(file, stream, ct), CancellationToken.None);
            written.Add(new ReportFile(name, contentType, length));
        }

        return written;
    }

    private DateTimeOffset From(ReportRunInput run) => calendar.StartOfDay(run.From!.Value);

    private DateTimeOffset To(ReportRunInput run) => calendar.StartOfDay(run.To!.Value.AddDays(1));
}
