using Logistics.Application.Alerts;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.Alerts;

/// <summary>
/// Two evaluators settling the same alert at once, made deterministic with the pausing store: one is held between its
/// read of the alert and its write while the other settles the alert; only one transition commits and one event is sent.
/// </summary>
public sealed class StockAlertRaceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Two_evaluators_racing_to_raise_send_one_raised_event()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-01", 3);
        await warehouse.Get<AlertSettings>().PutAsync(AlertFlows.Owner, 5, [], 30, CancellationToken.None);
        var evaluator = warehouse.Get<StockAlertEvaluator>();
        var alertId = StockAlertDocument.IdOf(AlertKind.LowStock, "SKU-B", null, null);

        // The event-driven evaluation reads the (absent) alert and is held; the timer's pass raises it meanwhile.
        var pause = warehouse.Pauses.PauseNextRead(alertId);
        var held = Task.Run(() => evaluator.EvaluateSkusAsync(AlertFlows.Owner, ["SKU-B"], CancellationToken.None));
        await pause.Reached.WaitAsync(Timeout);
        var timer = await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
        pause.Release();
        var late = await held.WaitAsync(Timeout);

        // The held one's create failed on the timer's document; it read again, found the alert active and sent nothing.
        Assert.Equal((new AlertEvaluation(1, 0), AlertEvaluation.None), (timer, late));
        Assert.Equal(["Raised LowStock SKU-B #1"], (await AlertFlows.AlertEventsAsync(warehouse)).Select(AlertFlows.Describe));
        var alert = Assert.Single(await AlertFlows.AlertsAsync(warehouse));
        Assert.Equal((AlertState.Active, 1), (alert.State, alert.Occurrence));
    }

    [Fact]
    public async Task Two_evaluators_racing_to_clear_send_one_cleared_event()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-01", 3);
        await warehouse.Get<AlertSettings>().PutAsync(AlertFlows.Owner, 5, [], 30, CancellationToken.None);
        var evaluator = warehouse.Get<StockAlertEvaluator>();
        await evaluator.EvaluateSkusAsync(AlertFlows.Owner, ["SKU-B"], CancellationToken.None);
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-02", 10);

        // Both see the restock; the timer's pass is held after reading the active alert while an event's evaluation clears it.
        var pause = warehouse.Pauses.PauseNextRead(StockAlertDocument.IdOf(AlertKind.LowStock, "SKU-B", null, null));
        var held = Task.Run(() => evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None));
        await pause.Reached.WaitAsync(Timeout);
        var first = await evaluator.EvaluateSkusAsync(AlertFlows.Owner, ["SKU-B"], CancellationToken.None);
        pause.Release();
        var late = await held.WaitAsync(Timeout);

        Assert.Equal((new AlertEvaluation(0, 1), AlertEvaluation.None), (first, late));
        Assert.Equal(["Raised LowStock SKU-B #1", "Cleared LowStock SKU-B #1"], (await AlertFlows.AlertEventsAsync(warehouse)).Select(AlertFlows.Describe));
        Assert.Equal(AlertState.Cleared, Assert.Single(await AlertFlows.AlertsAsync(warehouse)).State);
    }
}
