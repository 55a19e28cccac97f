using Microsoft.DurableTask;

namespace Logistics.Application.Outbound.Workflow;

/// <summary>Runs one allocation pass for the order (see <see cref="OrderAllocation"/>) and returns the order's snapshot after it.</summary>
public sealed class AllocateOrderActivity(OrderRepository orders, OrderAllocation allocation, OrderDeadlines deadlines) : TaskActivity<string, OrderSnapshot>
{
    /// <inheritdoc/>
    public override async Task<OrderSnapshot> RunAsync(TaskActivityContext context, string input)
    {
        var order = (await orders.GetAsync(input, null, CancellationToken.None)).Value;
        return deadlines.Snapshot(await allocation.AllocateAsync(order.OwnerId, input, CancellationToken.None));
    }
}
