using Logistics.Storage.Blobs;
using Microsoft.DurableTask;

namespace Logistics.Application.Reports.Runs;

/// <summary>Writes one file of a report run: builds the report from the ledger at the run's instant or period and stores it.</summary>
public sealed class WriteReportActivity(StockReports reports, InventoryAdvices advices, IBlobStore blobs, Warehouse.BusinessCalendar calendar)
    : TaskActivity<ReportFileInput, ReportFile>
{
    /// <inheritdoc/>
    public override async Task<ReportFile> RunAsync(TaskActivityContext context, ReportFileInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = ReportFiles.NameOf(input);
        var contentType = ReportFormats.ContentTypeOf(input.Format);
        var length = await ReportUpload.PutAsync(blobs, name, contentType, (stream, ct) => WriteAsync(input, stream, ct), CancellationToken.None);
        return new ReportFile(name, contentType, length);
    }

    private async Task WriteAsync(ReportFileInput input, Stream stream, CancellationToken cancellationToken)
    {
        var run = input.Run;
        switch (run.Kind)
        {
            case ReportKinds.CurrentStock:
                var list = await reports.CurrentStockAsync(run.OwnerId, run.AsOf!.Value, cancellationToken);
                await (input.Format == ReportFormats.Csv
                    ? CurrentStockCsv.WriteAsync(list, stream, cancellationToken)
                    : CurrentStockJson.WriteAsync(list, stream, cancellationToken));
                break;
            case ReportKinds.InventoryAdvice:
                var stock = await reports.CurrentStockAsync(run.OwnerId, run.AsOf!.Value, cancellationToken);
                await advices.WriteAsync(stock, stream, cancellationToken);
                break;
            case ReportKinds.StockLedger:
                var from = calendar.StartOfDay(run.From!.Value);
                var to = calendar.StartOfDay(run.To!.Value.AddDays(1));
                if (input.Movements)
                {
                    await StockLedgerMovementsCsv.WriteAsync(reports.LedgerMovementsAsync(run.OwnerId, from, to, cancellationToken), stream, cancellationToken);
                    break;
                }

                var ledger = await reports.LedgerAsync(run.OwnerId, from, to, cancellationToken);
                await (input.Format == ReportFormats.Csv
                    ? StockLedgerCsv.WriteAsync(ledger, stream, cancellationToken)
                    : StockLedgerJson.WriteAsync(ledger, stream, cancellationToken));
                break;
            default:
                throw new InvalidOperationException($"No writer for report kind '{run.Kind}'.");
        }
    }
}
