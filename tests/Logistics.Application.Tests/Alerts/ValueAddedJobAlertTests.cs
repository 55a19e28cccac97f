using Logistics.Application.Alerts;
using Logistics.Application.Events;
using Logistics.Application.Tests.Support;
using Logistics.Application.Tests.ValueAdded;

namespace Logistics.Application.Tests.Alerts;

/// <summary>
/// A value-added job's reservation lowers its inputs' available stock like an order's: the job's events carry its inputs,
/// so the alerts consumer raises a low-stock alert when the job is ordered and clears it when the job is cancelled,
/// without waiting for the timer.
/// </summary>
public sealed class ValueAddedJobAlertTests
{
    [Fact]
    public async Task Ordering_a_job_raises_low_stock_on_its_inputs_and_cancelling_it_clears_the_alert()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);
        await AlertFlows.SettingsAsync(warehouse, 0, 30, new SkuThreshold("C-2", 25));
        var seen = new List<WarehouseEvent>();
        await AlertFlows.DrainAsync(warehouse);
        Assert.Empty(await AlertFlows.AlertEventsAsync(warehouse, seen));

        // 30 of C-2 available; a kit job for 3 reserves 9, leaving 21 < 25.
        var job = await Jobs.OrderAsync(warehouse, Jobs.Kit("KIT-ALERT", 3));
        await AlertFlows.DrainAsync(warehouse);
        await AlertFlows.AlertEventsAsync(warehouse, seen);
        Assert.Equal(["Raised LowStock C-2 #1"], seen.Select(AlertFlows.Describe));

        await Jobs.CancelAsync(warehouse, job);
        await AlertFlows.DrainAsync(warehouse);
        await AlertFlows.AlertEventsAsync(warehouse, seen);
        Assert.Equal(["Raised LowStock C-2 #1", "Cleared LowStock C-2 #1"], seen.Select(AlertFlows.Describe));
    }
}
