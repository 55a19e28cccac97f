using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Storage.Documents;

namespace Logistics.Application.StockControl.Counts;

/// <summary>The floor's side of a count: recording what was found at a task's location.</summary>
public sealed partial class StockCounts
{
    private const int MaxLines = 500;

    /// <summary>
    /// Records what the counter found and snapshots what the ledger holds there at this moment. The same recording again
    /// changes nothing; another recording of a task while the count is open is a recount and replaces it.
    /// </summary>
    /// <exception cref="ResourceNotFoundException">There is no such count or task.</exception>
    /// <exception cref="WarehouseValidationException">The scanned location is not the task's, or a line is malformed.</exception>
    /// <exception cref="StateConflictException">The count is posted.</exception>
    public async Task<CountTaskView> RecordAsync(string countId, int taskNumber, CountRecording recording, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var first = await GetAsync(countId, null, cancellationToken);
        var task = first.Tasks.FirstOrDefault(t => t.TaskNumber == taskNumber) ?? throw new ResourceNotFoundException($"Count {countId} has no task {taskNumber}.");
        var lines = await CheckAsync(first, task, recording, cancellationToken);
        var container = await store.ContainerAsync(cancellationToken);
        while (true)
        {
            var read = (await container.ReadAsync<CountDocument>(first.Id, first.OwnerId, cancellationToken))!;
            var count = read.Value;
            var current = count.Tasks.Single(t => t.TaskNumber == taskNumber);
            if (current.Status == CountTaskRecord.Counted && current.Lines.SequenceEqual(lines))
            {
                return CountTaskView.From(count, current);
            }

            if (count.Status != CountDocument.Open)
            {
                throw new StateConflictException($"Count {countId} is posted; it takes no more counting.");
            }

            var recorded = current with
            {
                Status = CountTaskRecord.Counted, Lines = lines, Expected = await ExpectedAsync(container, count, current.Location, cancellationToken), CountedAt = time.GetUtcNow(),
            };
            try
            {
                await container.ReplaceAsync(count with { Tasks = [.. count.Tasks.Select(t => t.TaskNumber == taskNumber ? recorded : t)] }, read.ETag, cancellationToken);
                return CountTaskView.From(count, recorded);
            }
            catch (DocumentPreconditionFailedException)
            {
                // Another task of the count was recorded, or the count posted, in between: read it again.
            }
        }
    }

    /// <summary>What the ledger holds of the count's stock at <paramref name="location"/> now, in line order.</summary>
    private static async Task<IReadOnlyList<ExpectedLineRecord>> ExpectedAsync(IDocumentContainer container, CountDocument count, string location, CancellationToken cancellationToken)
    {
        var query = new DocumentQuery(count.OwnerId) { PageSize = 1000 }.WhereEquals("/type", BalanceDocument.Kind).WhereEquals("/location", location)
            .Where("/status", QueryOperator.In, Counted);
        query = count.Sku is null ? query : query.WhereEquals("/sku", count.Sku);
        var held = await container.QueryAllAsync<BalanceDocument>(query, cancellationToken);
        return [.. held.Where(b => b.Reference is null && b.Quantity != 0).GroupBy(b => (b.Sku, b.Lot))
            .Select(g => new ExpectedLineRecord(g.Key.Sku, g.Key.Lot, g.Where(b => b.Status == StockStatus.OnHand).Sum(b => b.Quantity), g.Where(b => b.Status == StockStatus.OnHold).Sum(b => b.Quantity)))
            .OrderBy(e => e.Sku, StringComparer.Ordinal).ThenBy(e => e.Lot, StringComparer.Ordinal)];
    }

    // The recording's lines, resolved to the owner's SKUs and sorted; every fault at once.
    private async Task<IReadOnlyList<CountLineRecord>> CheckAsync(CountDocument count, CountTaskRecord task, CountRecording recording, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (!string.Equals(recording.Location?.Trim(), task.Location, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new FieldError("/location", $"Wrong location {recording.Location ?? "(none)"}: task {task.TaskNumber} counts {task.Location}."));
        }

        var input = recording.Lines ?? [];
        if (input.Count > MaxLines)
        {
            errors.Add(new FieldError("/lines", $"At most {MaxLines} lines per location."));
        }

        var lines = new List<CountLineRecord>();
        for (var i = 0; i < input.Count && i < MaxLines; i++)
        {
            var line = input[i];
            var pointer = $"/lines/{i}";
            string? sku = null;
            if (line.Barcode is not null)
            {
                if (Barcode.TryParse(line.Barcode, out var barcode, out var barcodeError))
                {
                    sku = await catalog.ResolveBarcodeAsync(count.OwnerId, barcode!, cancellationToken);
                    if (sku is null)
                    {
                        errors.Add(new FieldError(pointer + "/barcode", $"Barcode {barcode!.Value} is not an item of {count.OwnerId}."));
                    }
                }
                else
                {
                    errors.Add(new FieldError(pointer + "/barcode", barcodeError!));
                }
            }
            else
            {
                sku = (await rules.ItemAsync(count.OwnerId, line.Sku, pointer + "/sku", errors, cancellationToken))?.Sku;
            }

            if (sku is not null && count.Sku is not null && sku != count.Sku)
            {
                errors.Add(new FieldError(pointer + "/sku", $"This count is of {count.Sku} only; count {sku} in another count."));
            }

            LotNumber? lot = null;
            if (line.Lot is not null && !LotNumber.TryParse(line.Lot, out lot, out var lotError))
            {
                errors.Add(new FieldError(pointer + "/lot", lotError!));
            }

            if (line.Units is < 0 or > StockControlRules.MaxUnits)
            {
                errors.Add(new FieldError(pointer + "/units", $"'units' must be between 0 and {StockControlRules.MaxUnits}, was {line.Units}."));
            }

            if (sku is not null && lines.Any(l => l.Sku == sku && l.Lot == lot?.Value))
            {
                errors.Add(new FieldError(pointer, $"{sku} lot {lot?.Value ?? "(none)"} is listed twice; give one line with the total."));
            }

            if (sku is not null)
            {
                lines.Add(new CountLineRecord(sku, lot?.Value, line.Units));
            }
        }

        return errors.Count > 0
            ? throw new WarehouseValidationException(errors)
            : [.. lines.OrderBy(l => l.Sku, StringComparer.Ordinal).ThenBy(l => l.Lot, StringComparer.Ordinal)];
    }
}
