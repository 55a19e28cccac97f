using Logistics.Application.Alerts;
using Logistics.Application.Events;
using Logistics.Application.Inbound;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.Alerts;

/// <summary>
/// Must-show 4 on real stock flows: an alert fires once per condition however many events follow, clears when the
/// condition ends, and fires again (a new occurrence) when it comes back; redelivered events change nothing.
/// </summary>
public sealed class StockAlertFlowTests
{
    [Fact]
    public async Task Low_stock_is_raised_once_over_several_events_and_cleared_by_a_restock()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await AlertFlows.SettingsAsync(warehouse, 0, 30, new SkuThreshold("SKU-B", 5));
        var seen = new List<WarehouseEvent>();

        // 8 received and put away: available 8, not low.
        await AlertFlows.ReceiveAsync(warehouse, "N-1", "SKU-B", 8);
        await AlertFlows.DrainAsync(warehouse);
        Assert.Empty(await AlertFlows.AlertEventsAsync(warehouse, seen));

        // Order O-1 for 4 (available 4 < 5): allocated, picked, packed, shipped, with the consumer draining after each step.
        var o1 = await AlertFlows.AllocateAsync(warehouse, "O-1", "SKU-B", 4);
        var report = await AlertFlows.DrainAsync(warehouse);
        await AlertFlows.ShipAsync(warehouse, o1);
        var later = await AlertFlows.DrainAsync(warehouse);
        // A second order takes available to 3: still low, nothing new.
        await AlertFlows.ShipAsync(warehouse, await AlertFlows.AllocateAsync(warehouse, "O-2", "SKU-B", 1));
        var more = await AlertFlows.DrainAsync(warehouse);
        await AlertFlows.AlertEventsAsync(warehouse, seen);

        Assert.True(report.Applied + later.Applied + more.Applied >= 8, $"only {report.Applied + later.Applied + more.Applied} events reached the alerts");
        Assert.Equal(["Raised LowStock SKU-B #1"], seen.Select(AlertFlows.Describe));
        var alert = Assert.Single(await AlertFlows.AlertsAsync(warehouse), a => a.AlertKind == AlertKind.LowStock);
        Assert.Equal((AlertState.Active, 1, 4L, 5L), (alert.State, alert.Occurrence, alert.Value, alert.Threshold));

        // Restock: a notice for 10 counts as pending in, available 13; then it is received.
        await AlertFlows.ReceiveAsync(warehouse, "N-2", "SKU-B", 10);
        await AlertFlows.DrainAsync(warehouse);
        await AlertFlows.AlertEventsAsync(warehouse, seen);

        Assert.Equal(["Raised LowStock SKU-B #1", "Cleared LowStock SKU-B #1"], seen.Select(AlertFlows.Describe));
        alert = Assert.Single(await AlertFlows.AlertsAsync(warehouse), a => a.AlertKind == AlertKind.LowStock);
        Assert.Equal((AlertState.Cleared, 13L), (alert.State, alert.Value));

        // The condition comes back: a new occurrence, with its own event ids.
        await AlertFlows.AllocateAsync(warehouse, "O-3", "SKU-B", 10);
        await AlertFlows.DrainAsync(warehouse);
        await AlertFlows.AlertEventsAsync(warehouse, seen);

        Assert.Equal(["Raised LowStock SKU-B #1", "Cleared LowStock SKU-B #1", "Raised LowStock SKU-B #2"], seen.Select(AlertFlows.Describe));
        Assert.Equal(3, seen.Select(e => e.Id).Distinct().Count());
        Assert.All(seen, e => Assert.Equal(alert.Id, e.Subject));
    }

    [Fact]
    public async Task Redelivered_events_and_repeated_evaluations_send_nothing_more()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await AlertFlows.SettingsAsync(warehouse, 6);
        await AlertFlows.ReceiveAsync(warehouse, "N-1", "SKU-B", 8);
        await AlertFlows.AllocateAsync(warehouse, "O-1", "SKU-B", 4);

        // Every event of the flow, as the alerts subscription holds them, applied twice by the handler itself (no mark).
        var recorder = new List<WarehouseEvent>();
        var queue = warehouse.Get<Logistics.Storage.Messaging.IMessageQueue>();
        var path = Logistics.Storage.Messaging.EntityDefinition.SubscriptionPath(Warehouse.WarehouseStore.EventsTopic, StockAlertHandler.SubscriptionName);
        foreach (var message in await queue.ReceiveAsync(path, 100, TimeSpan.FromMinutes(1), CancellationToken.None))
        {
            recorder.Add(WarehouseEvent.Parse(message.Body));
            await queue.AbandonAsync(message, TimeSpan.Zero, CancellationToken.None);
        }

        var handler = warehouse.Get<StockAlertHandler>();
        var container = await warehouse.Get<Warehouse.WarehouseStore>().ContainerAsync(CancellationToken.None);
        for (var round = 0; round < 2; round++)
        {
            foreach (var e in recorder)
            {
                await handler.ApplyAsync(e, container, container.CreateBatch(AlertFlows.Owner), CancellationToken.None);
            }
        }

        // Then the consumer delivers them once more, and the timer passes twice.
        await AlertFlows.DrainAsync(warehouse);
        await warehouse.Get<StockAlertEvaluator>().EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
        await warehouse.Get<StockAlertEvaluator>().EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);

        Assert.True(recorder.Count >= 6, $"{recorder.Count} events");
        Assert.Equal(["Raised LowStock SKU-B #1"], (await AlertFlows.AlertEventsAsync(warehouse)).Select(AlertFlows.Describe));
    }

    [Fact]
    public async Task An_expiring_lot_is_raised_when_the_clock_enters_its_window_and_cleared_when_its_stock_is_gone()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await AlertFlows.SettingsAsync(warehouse, 0, 30);
        var seen = new List<WarehouseEvent>();
        var evaluator = warehouse.Get<StockAlertEvaluator>();

        // Today is 2026-11-21 at the warehouse; lot L1 expires on 2027-01-10, 50 days away. Lot L2 (2027-06-30) stays out of the window.
        await AlertFlows.ReceiveAsync(warehouse, "N-1", "SKU-A", 6, "L1", new DateOnly(2027, 1, 10));
        await AlertFlows.ReceiveAsync(warehouse, "N-2", "SKU-A", 3, "L2", new DateOnly(2027, 6, 30));
        await AlertFlows.DrainAsync(warehouse);
        await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
        Assert.Empty(await AlertFlows.AlertEventsAsync(warehouse, seen));

        // 2026-12-10: 31 days left, still outside; 2026-12-11: 30 days left, inside.
        warehouse.Clock.Advance(TimeSpan.FromDays(19));
        await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
        Assert.Empty(await AlertFlows.AlertEventsAsync(warehouse, seen));
        warehouse.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(new AlertEvaluation(1, 0), await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None));
        await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
        await AlertFlows.AlertEventsAsync(warehouse, seen);
        Assert.Equal(["Raised ExpiringLot SKU-A/L1 #1"], seen.Select(AlertFlows.Describe));
        var alert = Assert.Single(await AlertFlows.AlertsAsync(warehouse), a => a.State == AlertState.Active);
        Assert.Equal((30L, 30L, 6L, new DateOnly(2027, 1, 10)), (alert.Value, alert.Threshold, alert.Units, alert.Expiry));

        // Part of the lot ships: still here, still expiring. Then the rest ships: the lot's stock is gone, the alert clears.
        await AlertFlows.ShipAsync(warehouse, await AlertFlows.AllocateAsync(warehouse, "O-1", "SKU-A", 2, "L1"));
        await AlertFlows.DrainAsync(warehouse);
        Assert.Single(await AlertFlows.AlertEventsAsync(warehouse, seen));
        await AlertFlows.ShipAsync(warehouse, await AlertFlows.AllocateAsync(warehouse, "O-2", "SKU-A", 4, "L1"));
        await AlertFlows.DrainAsync(warehouse);
        await AlertFlows.AlertEventsAsync(warehouse, seen);

        Assert.Equal(["Raised ExpiringLot SKU-A/L1 #1", "Cleared ExpiringLot SKU-A/L1 #1"], seen.Select(AlertFlows.Describe));
        Assert.Equal(0, (await AlertFlows.AlertsAsync(warehouse)).Single(a => a.Lot == "L1").Units);
    }

    [Fact]
    public async Task Pending_goods_past_their_deadline_are_raised_and_cleared_when_the_owner_decides()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var evaluator = warehouse.Get<StockAlertEvaluator>();
        var seen = new List<WarehouseEvent>();

        // 4 announced, 4 good and 1 damaged arrive: the damaged unit waits for the owner, due 3 days after the close.
        var notice = await AlertFlows.AcceptAsync(warehouse, "N-1", "SKU-B", 4);
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, notice, CancellationToken.None);
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, notice, new ScanInput("d", Sku: "SKU-B", Quantity: 1, Condition: "damaged"), CancellationToken.None);
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, notice, new ScanInput("g", Sku: "SKU-B", Quantity: 4), CancellationToken.None);
        await warehouse.Receiving.CloseAsync(warehouse.Durable, notice, CancellationToken.None, alreadyClosedIsFine: true);
        var deadline = warehouse.Clock.GetUtcNow() + TimeSpan.FromDays(3);
        await AlertFlows.DrainAsync(warehouse);
        Assert.Equal([new PendingDeadline(AlertFlows.Owner, $"{notice}/L1-damaged", "SKU-B", null, 1, deadline)],
            await warehouse.Get<PendingDeadlines>().OfOwnerAsync(AlertFlows.Owner, CancellationToken.None));

        // A minute before the deadline nothing; at it, the alert.
        warehouse.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
        Assert.Empty(await AlertFlows.AlertEventsAsync(warehouse, seen));
        warehouse.Clock.Advance(TimeSpan.FromMinutes(1));
        await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
        await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
        await AlertFlows.AlertEventsAsync(warehouse, seen);
        Assert.Equal(["Raised PendingOverdue SKU-B #1"], seen.Select(AlertFlows.Describe));
        var alert = Assert.Single(await AlertFlows.AlertsAsync(warehouse), a => a.AlertKind == AlertKind.PendingOverdue);
        Assert.Equal(($"{notice}/L1-damaged", deadline, 1L), (alert.Pending, alert.Deadline, alert.Units));

        // The owner scraps it: the decision's event clears the alert.
        await warehouse.Decisions.DecideAsync(warehouse.Durable, AlertFlows.Owner, notice, "L1-damaged", "scrap", CancellationToken.None);
        await AlertFlows.DrainAsync(warehouse);
        await AlertFlows.AlertEventsAsync(warehouse, seen);

        Assert.Equal(["Raised PendingOverdue SKU-B #1", "Cleared PendingOverdue SKU-B #1"], seen.Select(AlertFlows.Describe));
        Assert.Empty(await warehouse.Get<PendingDeadlines>().OfOwnerAsync(AlertFlows.Owner, CancellationToken.None));
    }
}
