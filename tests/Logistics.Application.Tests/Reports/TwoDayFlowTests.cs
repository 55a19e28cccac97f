using System.Text;
using Logistics.Application.Inbound;
using Logistics.Application.Items;
using Logistics.Application.Outbound;
using Logistics.Application.Reports;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Outbound;

namespace Logistics.Application.Tests.Reports;

/// <summary>
/// Two simulated days of real inbound and outbound steps, and the current-stock list, its 846 and the stock ledger checked
/// against numbers worked out by hand in the comments (never by the code under test).
/// </summary>
public sealed class TwoDayFlowTests
{
    private static readonly DateTimeOffset Day1 = new(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Day2 = Day1.AddDays(1);
    private static readonly DateTimeOffset Day3 = Day2.AddDays(1);

    [Fact]
    public async Task Lists_and_ledgers_of_two_days_match_the_hand_computed_stock()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await warehouse.Items.PutAsync(Notices.Owner, "SKU-B", new ItemInput("Plain, \"boxed\" item", ["4006381333931"], Specification: "A5, 320 pages"), CancellationToken.None);
        var reports = warehouse.Get<StockReports>();
        var client = warehouse.Durable;

        // Day 1, 08:00: notice N-1 announces 10 SKU-B and N-2 announces 5 more (pending in 15).
        var n1 = await warehouse.Intake.AcceptJsonAsync(client, Notices.Owner, Notices.Json("N-1", ("SKU-B", 10, "EA", null)), CancellationToken.None);
        var n2 = await warehouse.Intake.AcceptJsonAsync(client, Notices.Owner, Notices.Json("N-2", ("SKU-B", 5, "EA", null)), CancellationToken.None);

        // 09:00: N-1 arrives; 8 good and 1 damaged are counted, one never came; the receipt is closed short.
        // Releases N-1's 10 pending in, books 8 on hand at the dock and parks 1 pending decision.
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        await warehouse.Receiving.RecordArrivalAsync(client, n1.NoticeId, CancellationToken.None);
        await warehouse.Receiving.RecordScanAsync(client, n1.NoticeId, new ScanInput("g1", Barcode: "4006381333931", Quantity: 8), CancellationToken.None);
        await warehouse.Receiving.RecordScanAsync(client, n1.NoticeId, new ScanInput("d1", Sku: "SKU-B", Quantity: 1, Condition: "damaged"), CancellationToken.None);
        await warehouse.Receiving.CloseAsync(client, n1.NoticeId, CancellationToken.None);

        // 10:00: the 8 good units are put away (dock to storage: no change to any report column).
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        await PutAwayAsync(warehouse, n1.NoticeId);

        // 11:00: order O-1 for 3 is allocated; 12:00 picked; 13:00 packed and handed over (3 shipped).
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        var o1 = await AllocatedOrderAsync(warehouse, "O-1", 3);
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        await PickAllAsync(warehouse, o1);
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        await ShipAsync(warehouse, o1, "TRK-1");

        // 14:00: order O-2 for 2 is allocated and waits for tomorrow (pending out 2).
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        var o2 = await AllocatedOrderAsync(warehouse, "O-2", 2);

        // End of day 1: on hand 8 − 3 = 5, pending in 5 (N-2), pending out 2, available 5 + 5 − 2 = 8, 1 damaged pending decision.
        var endOfDay1 = await reports.CurrentStockAsync(Notices.Owner, Day2.AddTicks(-1), CancellationToken.None);
        var b1 = Assert.Single(endOfDay1.Lines);
        Assert.Equal(new CurrentStockLine("SKU-B", "Plain, \"boxed\" item", "A5, 320 pages", null, "Each", 5, 5, 2, 8, 1, 0, 0), b1);

        // The 846 of the end of day 1 carries the same numbers, in eaches: 17 on hand 5, 33 available 8, 63 pending in 5,
        // 27 pending out 2, QH pending decision 1 (nothing pending return or processing, so no 28 or 37); dated 23:59:59.
        using (var x12 = new MemoryStream())
        {
            await warehouse.Get<InventoryAdvices>().WriteAsync(endOfDay1, x12, CancellationToken.None);
            var segments = Encoding.UTF8.GetString(x12.ToArray()).Split('~', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Contains(segments, s => s.StartsWith("BIA*00*SI*20261121235959-", StringComparison.Ordinal) && s.EndsWith("*20261121*235959", StringComparison.Ordinal));
            Assert.Equal(
                ["LIN*1*SK*SKU-B", "PID*F****Plain, \"boxed\" item", "QTY*17*5*EA", "QTY*33*8*EA", "QTY*63*5*EA", "QTY*27*2*EA", "QTY*QH*1*EA", "CTT*1"],
                segments.SkipWhile(s => !s.StartsWith("LIN*", StringComparison.Ordinal)).TakeWhile(s => !s.StartsWith("SE*", StringComparison.Ordinal)));
        }

        // Day 2, 08:00: the owner scraps the damaged unit (1 disposed).
        warehouse.Clock.Advance(Day2.AddHours(8) - warehouse.Clock.GetUtcNow());
        var pending = NoticeRehydrator.Rehydrate((await warehouse.Get<NoticeRepository>().GetAsync(n1.NoticeId, null, CancellationToken.None)).Value).Pending;
        await warehouse.Decisions.DecideAsync(client, Notices.Owner, n1.NoticeId, Assert.Single(pending).Id, "scrap", CancellationToken.None);

        // 09:00: O-2's 2 are picked. Picked goods are still here and still committed: on hand 3 + picked 2 = 5, pending
        // out 0 + picked 2 = 2, available 5 + 5 − 2 = 8, nothing pending decision any more.
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        await PickAllAsync(warehouse, o2);
        var afterPick = await reports.CurrentStockAsync(Notices.Owner, warehouse.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal(new CurrentStockLine("SKU-B", "Plain, \"boxed\" item", "A5, 320 pages", null, "Each", 5, 5, 2, 8, 0, 0, 0), Assert.Single(afterPick.Lines));

        // 10:00: O-2 ships (2 shipped).
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        await ShipAsync(warehouse, o2, "TRK-2");

        // 11:00: N-2 arrives with 6 instead of 5: 5 received on hand, the 1 over parked pending decision; 12:00 put away.
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        await warehouse.Receiving.RecordArrivalAsync(client, n2.NoticeId, CancellationToken.None);
        await warehouse.Receiving.RecordScanAsync(client, n2.NoticeId, new ScanInput("g2", Sku: "SKU-B", Quantity: 6), CancellationToken.None);
        await warehouse.Receiving.CloseAsync(client, n2.NoticeId, CancellationToken.None, alreadyClosedIsFine: true);
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        await PutAwayAsync(warehouse, n2.NoticeId);

        // 13:00: a count finds 4 of SKU-A lot L1 (adjusted in 4).
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        await Orders.StockAsync(warehouse, "SKU-A", "L1", "A-01-01", 4);

        // End of day 2: SKU-A L1 on hand 4; SKU-B on hand 3 + 5 = 8, nothing pending in or out, 1 over-delivered pending decision.
        var endOfDay2 = await reports.CurrentStockAsync(Notices.Owner, Day3.AddTicks(-1), CancellationToken.None);
        Assert.Equal(
            [
                new CurrentStockLine("SKU-A", "Lot item", null, "L1", "Each", 4, 0, 0, 4, 0, 0, 0),
                new CurrentStockLine("SKU-B", "Plain, \"boxed\" item", "A5, 320 pages", null, "Each", 8, 0, 0, 8, 1, 0, 0),
            ],
            endOfDay2.Lines);
        Assert.All(endOfDay1.Lines.Concat(endOfDay2.Lines), l => Assert.Equal(l.OnHand + l.PendingIn - l.PendingOut, l.Available));

        // Day 1: SKU-B opens at 0, receives 8 + 1 = 9, ships 3, closes at 5 + 1 = 6.
        var ledger1 = await reports.LedgerAsync(Notices.Owner, Day1, Day2, CancellationToken.None);
        Assert.Equal([new StockLedgerLine("SKU-B", "Plain, \"boxed\" item", null, "Each", 0, 9, 0, 0, 3, 0, 0, 6)], ledger1.Lines);

        // Day 2: SKU-A adjusted in 4; SKU-B opens at 6, receives 5 + 1 = 6, disposes 1, ships 2, closes at 8 + 1 = 9.
        var ledger2 = await reports.LedgerAsync(Notices.Owner, Day2, Day3, CancellationToken.None);
        Assert.Equal(
            [
                new StockLedgerLine("SKU-A", "Lot item", "L1", "Each", 0, 0, 0, 4, 0, 0, 0, 4),
                new StockLedgerLine("SKU-B", "Plain, \"boxed\" item", null, "Each", 6, 6, 0, 0, 2, 1, 0, 9),
            ],
            ledger2.Lines);

        // Both days: SKU-B receives 15, ships 5, disposes 1 and closes at 9.
        var both = await reports.LedgerAsync(Notices.Owner, Day1, Day3, CancellationToken.None);
        Assert.Equal(
            [
                new StockLedgerLine("SKU-A", "Lot item", "L1", "Each", 0, 0, 0, 4, 0, 0, 0, 4),
                new StockLedgerLine("SKU-B", "Plain, \"boxed\" item", null, "Each", 0, 15, 0, 0, 5, 1, 0, 9),
            ],
            both.Lines);

        foreach (var line in ledger1.Lines.Concat(ledger2.Lines).Concat(both.Lines))
        {
            Assert.Equal(line.Closing, line.Opening + line.Received + line.Returned + line.AdjustedIn - line.Shipped - line.Disposed - line.AdjustedOut);
        }

        Assert.Equal(ledger1.Lines.Single().Closing, ledger2.Lines.Single(l => l.Sku == "SKU-B").Opening);
        Assert.Equal(b1.OnHand + b1.PendingDecision + b1.PendingReturnToSupplier + b1.PendingProcessing, ledger1.Lines.Single().Closing);
        Assert.Equal(endOfDay2.Lines.Select(l => l.OnHand + l.PendingDecision + l.PendingReturnToSupplier + l.PendingProcessing), ledger2.Lines.Select(l => l.Closing));

        // The detail of day 2 for SKU-B: scrapped 1, shipped 2, received 5 and 1 over, from the opening 6 to the closing 9.
        var detail = new List<StockLedgerMovement>();
        await foreach (var movement in reports.LedgerMovementsAsync(Notices.Owner, Day2, Day3, CancellationToken.None))
        {
            detail.Add(movement);
        }

        Assert.Equal(
            [("SKU-B", "Decision", 0L, 1L, 5L), ("SKU-B", "Shipment", 0L, 2L, 3L), ("SKU-B", "Receipt", 6L, 0L, 9L), ("SKU-A", "Adjustment", 4L, 0L, 4L)],
            detail.Select(d => (d.Sku, d.MovementType, d.In, d.Out, d.Balance)));
        Assert.Equal([Day2.AddHours(8), Day2.AddHours(10), Day2.AddHours(11), Day2.AddHours(13)], detail.Select(d => d.OccurredAt));
    }

    private static async Task PutAwayAsync(TestWarehouse warehouse, string noticeId)
    {
        await warehouse.Putaway.PlanAsync(noticeId, CancellationToken.None);
        foreach (var task in await warehouse.Putaway.ListAsync(noticeId, openOnly: true, CancellationToken.None))
        {
            await warehouse.Putaway.ConfirmAsync(warehouse.Durable, noticeId, task.TaskNumber, CancellationToken.None);
        }
    }

    private static async Task<string> AllocatedOrderAsync(TestWarehouse warehouse, string number, int units)
    {
        var placed = await Orders.PlaceAsync(warehouse, Orders.Draft(number, ShippingPolicy.ShipPartial, ("SKU-B", units, (string?)null)));
        var order = await warehouse.Get<OrderAllocation>().AllocateAsync(Orders.Owner, placed.OrderId, CancellationToken.None);
        Assert.Equal(units, order.Lines.Sum(l => l.Allocated));
        return placed.OrderId;
    }

    private static async Task PickAllAsync(TestWarehouse warehouse, string orderId)
    {
        var order = await Orders.ReadAsync(warehouse, orderId);
        foreach (var task in order.PickTasks.Where(t => t.IsOpen))
        {
            await warehouse.Get<OrderPicking>().RecordAsync(warehouse.Durable, orderId,
                new PickScanInput($"p-{orderId}-{task.TaskNumber}", task.TaskNumber, task.Location, Sku: task.Sku, Lot: task.Lot, Quantity: task.Units - task.Picked), CancellationToken.None);
        }
    }

    private static async Task ShipAsync(TestWarehouse warehouse, string orderId, string tracking)
    {
        var order = await Orders.ReadAsync(warehouse, orderId);
        var contents = order.Unpacked().Select(c => new CartonLineInput(c.LineNumber, c.Lot, c.Units)).ToList();
        await warehouse.Get<OrderPacking>().PackAsync(warehouse.Durable, orderId, new PackInput([new CartonInput($"C-{tracking}", 1.5m, contents)]), CancellationToken.None);
        await warehouse.Get<OrderHandover>().HandOverAsync(warehouse.Durable, orderId, new HandoverInput("DHLX", "GROUND", tracking), CancellationToken.None);
    }
}
