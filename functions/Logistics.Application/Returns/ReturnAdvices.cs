using Logistics.Application.Events;
using Logistics.Application.Partners;
using Logistics.Application.Warehouse;
using Logistics.Domain.Returns;
using Logistics.Edi.Returns;
using Logistics.Storage.Documents;

namespace Logistics.Application.Returns;

/// <summary>Writes the owner's return advice (JSON, and the X12 180) and completes the return, in one batch with its event.</summary>
/// <remarks>
/// The advice is written once, when the last part is disposed of, and stored on the return, so a rerun of the step
/// returns it unchanged; its 180 takes a control number from the owner's counter at most once per call and is addressed
/// as the 944 and 945 are (<see cref="AdviceAddress"/>). Its dates are the warehouse's local ones.
/// </remarks>
public sealed class ReturnAdvices(WarehouseStore store, ReturnRepository returns, ControlNumbers controlNumbers, AdviceAddress address, BusinessCalendar calendar)
{
    /// <summary>Completes the return once; <paramref name="at"/> comes from the orchestration so a rerun writes the same advice.</summary>
    public async Task<ReturnAdvice> CompleteAsync(string returnId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        int? control = null;
        while (true)
        {
            var read = await returns.GetAsync(returnId, null, cancellationToken);
            if (read.Value.Advice is { } done)
            {
                return done;
            }

            var advice = AdviceOf(read.Value, at);
            var parts = read.Value.Parts;
            control ??= await controlNumbers.ReserveAsync(read.Value.OwnerId, 1, cancellationToken);
            var (warehouse, owner, envelope) = address.For(
                read.Value.OwnerId, read.Value.X12Qualifier, read.Value.X12SenderId, read.Value.X12Version, read.Value.X12UsageIndicator, control.Value, at);
            var completed = read.Value with
            {
                Advice = advice, AdviceX12 = ReturnAdviceWriter.Write(advice, warehouse, owner, envelope), CompletedAt = at, Progress = ReturnProgress.Completed,
            };
            var batch = container.CreateBatch(completed.OwnerId).Replace(completed, read.ETag)
                .Send(new WarehouseEvent($"{returnId}/completed", EventTypes.ReturnCompleted, completed.OwnerId, returnId, at, new
                {
                    returnNumber = completed.ReturnNumber,
                    restocked = Units(parts, ReturnDisposition.Restock),
                    returnedToSupplier = Units(parts, ReturnDisposition.ReturnToSupplier),
                    scrapped = Units(parts, ReturnDisposition.Scrap),
                    pending = Units(parts, ReturnDisposition.Hold),
                    overReturned = parts.Where(p => p.OverReturn).Sum(p => p.Units),
                    @short = advice.Lines.Sum(l => l.Short),
                }).ToMessage());
            try
            {
                await batch.ExecuteAsync(cancellationToken);
                return advice;
            }
            catch (DocumentBatchException ex) when (ex.Failure is DocumentPreconditionFailedException)
            {
                // Changed meanwhile (a late duplicate event); read again.
            }
        }
    }

    /// <summary>
    /// The advice of a disposed return: one line per announced line in the notice's order (its parts' outcomes, over-returned
    /// units included), then one per unannounced item and lot received.
    /// </summary>
    public ReturnAdvice AdviceOf(ReturnDocument document, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lines = document.Lines.Select(l =>
        {
            var parts = document.Parts.Where(p => p.LineNumber == l.LineNumber).ToList();
            return new ReturnAdviceLine(l.LineNumber, l.Sku, l.Lot, l.Reason, l.Units, parts.Sum(p => p.Units), [.. parts.Select(Outcome)]);
        }).Concat(document.Parts.Where(p => p.LineNumber is null).GroupBy(p => (p.Sku, p.Lot))
            .Select(g => new ReturnAdviceLine(null, g.Key.Sku, g.Key.Lot, ReturnReason.Other, 0, g.Sum(p => p.Units), [.. g.Select(Outcome)])));
        return new ReturnAdvice(document.ReturnNumber, document.ReturnId, calendar.DateOf(document.ArrivedAt ?? document.ClosedAt ?? at), calendar.DateOf(at),
            document.OwnerId, [.. lines])
        {
            OriginalOrderNumber = document.OriginalOrderNumber,
        };
    }

    private static ReturnAdviceOutcome Outcome(ReturnPartRecord part)
    {
        var note = part.Disposition switch
        {
            ReturnDisposition.ReturnToSupplier => $"{part.Carrier} {part.TrackingNumber} to {part.Supplier}".Trim(),
            _ => part.Reason,
        };
        var decided = part.DecidedBy is null ? null : $"decided by the {part.DecidedBy}";
        return new ReturnAdviceOutcome(part.Disposition ?? ReturnDisposition.Hold, part.Units, ReturnReceiving.Camel(part.Condition),
            string.Join("; ", new[] { note, decided, part.OverReturn ? "over-returned" : null }.Where(s => !string.IsNullOrEmpty(s))));
    }

    private static long Units(IReadOnlyList<ReturnPartRecord> parts, ReturnDisposition disposition) =>
        parts.Where(p => p.Disposition == disposition).Sum(p => p.Units);
}
