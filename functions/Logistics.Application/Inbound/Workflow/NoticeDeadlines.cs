using Logistics.Application.Warehouse;
using Microsoft.Extensions.Options;

namespace Logistics.Application.Inbound.Workflow;

/// <summary>
/// When a notice's goods are due and when the owner's decisions are: computed from the notice each time the
/// orchestration reads it, so a replacement with another expected date or a changed setting takes effect.
/// </summary>
public sealed class NoticeDeadlines(IOptions<WarehouseOptions> options)
{
    /// <summary>The start of the expected date, plus the arrival grace.</summary>
    public DateTimeOffset Arrival(NoticeDocument notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return BusinessCalendar.StartOfDay(notice.ExpectedDate, options.Value) + options.Value.ArrivalGrace;
    }

    /// <summary>The close of the receipt plus the decision window; null while the receipt is open.</summary>
    public DateTimeOffset? Decision(NoticeDocument notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return notice.ClosedAt + options.Value.DecisionWindow;
    }
}
