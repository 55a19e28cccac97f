using Logistics.Application.Inbound.Putaway;
using Logistics.Application.Inventory;
using Microsoft.DurableTask;

namespace Logistics.Application.Inbound.Workflow;

/// <summary>
/// Reads the notice's progress, deadlines, undecided pending goods and open putaway tasks. It also applies the notice's
/// stock postings that a crash left frozen but unapplied (only steps with many movements are frozen: the booking of
/// pending-in, the close and the cancellation), so the stock is booked before the flow moves on; a rerun changes nothing.
/// </summary>
public sealed class ReadNoticeActivity(NoticeRepository notices, PutawayService putaway, StockPoster poster, NoticeDeadlines deadlines)
    : TaskActivity<string, NoticeSnapshot>
{
    /// <inheritdoc/>
    public override async Task<NoticeSnapshot> RunAsync(TaskActivityContext context, string input)
    {
        var read = await notices.GetAsync(input, null, CancellationToken.None);
        await poster.ApplyPendingAsync(read.Value.OwnerId, NoticeSteps.Large(read.Value), CancellationToken.None);
        var notice = NoticeRehydrator.Rehydrate(read.Value);
        var open = read.Value.PutawayPlanned ? (await putaway.ProgressAsync(read.Value.OwnerId, input, CancellationToken.None)).Open : 0;
        return new NoticeSnapshot(
            read.Value.Progress,
            read.Value.ClosedAt,
            [.. notice.Pending.Where(p => !p.IsDecided).Select(p => p.Id)],
            read.Value.PutawayPlanned,
            open,
            deadlines.Arrival(read.Value),
            deadlines.Decision(read.Value));
    }
}
