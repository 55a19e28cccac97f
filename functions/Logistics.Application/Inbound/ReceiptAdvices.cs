using Logistics.Application.Events;
using Logistics.Application.Partners;
using Logistics.Application.Warehouse;
using Logistics.Edi.Receipts;
using Logistics.Storage.Documents;

namespace Logistics.Application.Inbound;

/// <summary>Produces the 944 receipt advice and completes the notice, in one batch with its event.</summary>
/// <remarks>
/// The 944 is written once, when the notice completes, and stored on it: its control number is taken from the owner's
/// counter (<see cref="ControlNumbers"/>) at most once per call and kept with the advice, so a rerun of the step returns
/// the stored advice unchanged. Its receipt date and envelope time are the warehouse's local ones.
/// </remarks>
public sealed class ReceiptAdvices(
    WarehouseStore store, NoticeRepository notices, ControlNumbers controlNumbers, AdviceAddress address, BusinessCalendar calendar)
{
    /// <summary>Completes the notice once; <paramref name="at"/> comes from the orchestration so a rerun writes the same advice.</summary>
    public async Task<AdviceRecord> CompleteAsync(string noticeId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        int? control = null;
        while (true)
        {
            var read = await notices.GetAsync(noticeId, null, cancellationToken);
            if (read.Value.Advice is { } done)
            {
                return done;
            }

            var notice = NoticeRehydrator.Rehydrate(read.Value);
            var receivedOn = calendar.DateOf(read.Value.ClosedAt ?? at);
            var advice = ReceiptAdvice.FromNotice(notice, read.Value.NoticeNumber, receivedOn, read.Value.ShipmentId);
            control ??= await controlNumbers.ReserveAsync(read.Value.OwnerId, 1, cancellationToken);
            var (warehouse, owner, envelope) = address.For(
                read.Value.OwnerId, read.Value.X12Qualifier, read.Value.X12SenderId, read.Value.X12Version, read.Value.X12UsageIndicator, control.Value, at);
            var x12 = ReceiptAdviceWriter.Write(advice, warehouse, owner, envelope);
            var record = new AdviceRecord(advice.ReceiptNumber, receivedOn, x12, at);
            var completed = read.Value with { Advice = record, Progress = NoticeProgress.Completed };
            var batch = container.CreateBatch(completed.OwnerId).Replace(completed, read.ETag)
                .Send(new WarehouseEvent($"{noticeId}/completed", EventTypes.InboundNoticeCompleted, completed.OwnerId, noticeId, at, new
                {
                    receiptNumber = advice.ReceiptNumber,
                    good = advice.Lines.Sum(l => l.ReceivedGood),
                    damaged = advice.Lines.Sum(l => l.Damaged),
                    over = advice.Lines.Sum(l => l.Over),
                    @short = advice.Lines.Sum(l => l.Short),
                }).ToMessage());
            try
            {
                await batch.ExecuteAsync(cancellationToken);
                return record;
            }
            catch (DocumentBatchException ex) when (ex.Failure is DocumentPreconditionFailedException)
            {
                // Changed meanwhile (a late duplicate event); read again.
            }
        }
    }

    /// <summary>The advice as JSON-friendly data.</summary>
    public static ReceiptAdvice ToAdvice(NoticeDocument notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var advice = notice.Advice ?? throw new InvalidOperationException("The notice has no advice yet.");
        return ReceiptAdvice.FromNotice(NoticeRehydrator.Rehydrate(notice), advice.ReceiptNumber, advice.ReceivedOn);
    }
}
