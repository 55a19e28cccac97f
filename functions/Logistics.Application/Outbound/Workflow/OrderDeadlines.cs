using Logistics.Application.Warehouse;

namespace Logistics.Application.Outbound.Workflow;

/// <summary>
/// When an order must leave and when it must arrive: the end of its ship-by and deliver-by days at the warehouse,
/// computed from the order each time the orchestration reads it, so a replacement with other dates takes effect.
/// </summary>
public sealed class OrderDeadlines(BusinessCalendar calendar)
{
    /// <summary>The snapshot the orchestration works from.</summary>
    public OrderSnapshot Snapshot(OrderDocument order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return new OrderSnapshot(
            order.StageNow(),
            order.PickTasks.Count(t => t.IsOpen),
            order.Lines.Sum(l => l.Outstanding),
            EndOf(order.ShipBy),
            EndOf(order.DeliverBy))
        {
            ReleaseAt = order.ShipNotBefore is { } day ? calendar.StartOfDay(day) : null,
        };
    }

    private DateTimeOffset? EndOf(DateOnly? day) => day is { } date ? calendar.StartOfDay(date.AddDays(1)) : null;
}
