using Logistics.Application.Inventory;
using Microsoft.DurableTask;

namespace Logistics.Application.Outbound.Workflow;

/// <summary>
/// Reads the order's stage, open work and deadlines. It also applies the order's stock postings that a crash left frozen
/// but unapplied (only steps with many movements are frozen), so the stock is booked before the flow moves on.
/// </summary>
public sealed class ReadOrderActivity(OrderRepository orders, StockPoster poster, OrderDeadlines deadlines) : TaskActivity<string, OrderSnapshot>
{
    /// <inheritdoc/>
    public override async Task<OrderSnapshot> RunAsync(TaskActivityContext context, string input)
    {
        var read = await orders.GetAsync(input, null, CancellationToken.None);
        await poster.ApplyPendingAsync(read.Value.OwnerId, OrderSteps.Large(read.Value), CancellationToken.None);
        return deadlines.Snapshot(read.Value);
    }
}
