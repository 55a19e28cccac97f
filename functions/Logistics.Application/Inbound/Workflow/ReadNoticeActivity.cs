using Logistics.Application.Inbound.Putaway;
using Microsoft.DurableTask;

namespace Logistics.Application.Inbound.Workflow;

/// <summary>Reads the notice's progress, undecided pending goods and open putaway tasks (read-only, so trivially idempotent).</summary>
public sealed class ReadNoticeActivity(NoticeRepository notices, PutawayService putaway) : TaskActivity<string, NoticeSnapshot>
{
    /// <inheritdoc/>
    public override async Task<NoticeSnapshot> RunAsync(TaskActivityContext context, string input)
    {
        var read = await notices.GetAsync(input, null, CancellationToken.None);
        var notice = NoticeRehydrator.Rehydrate(read.Value);
        var open = read.Value.PutawayPlanned ? (await putaway.ProgressAsync(read.Value.OwnerId, input, CancellationToken.None)).Open : 0;
        return new NoticeSnapshot(read.Value.Progress, read.Value.ClosedAt, [.. notice.Pending.Where(p => !p.IsDecided).Select(p => p.Id)], read.Value.PutawayPlanned, open);
    }
}
