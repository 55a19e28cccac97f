using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Outbound;
using Logistics.Application.Tests.Support;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Domain.Outbound;

namespace Logistics.Application.Tests.Outbound;

/// <summary>Two orders can never allocate the same unit, within one process or across several.</summary>
public class OversellTests
{
    [Fact]
    public async Task Two_hundred_concurrent_orders_for_stock_that_covers_fifty_allocate_exactly_fifty()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);

        // 101 units of SKU-A over two lots in three locations: fifty orders of two units each, and one unit over, which
        // only a ship-partial order may take (a ship-complete order that plans it and gives up must leave it free).
        await Orders.StockAsync(warehouse, "SKU-A", "L1", "A-01-01", 41);
        await Orders.StockAsync(warehouse, "SKU-A", "L1", "A-01-02", 20);
        await Orders.StockAsync(warehouse, "SKU-A", "L2", "A-01-03", 40);
        var placed = new List<string>();
        for (var i = 0; i < 200; i++)
        {
            var policy = i % 2 == 0 ? ShippingPolicy.ShipPartial : ShippingPolicy.ShipCompleteFail;
            placed.Add((await Orders.PlaceAsync(warehouse, Orders.Draft($"SO-{i:000}", policy, ("SKU-A", 2, null)))).OrderId);
        }

        // Four allocators, each with its own gate, stand for four processes: within one the gate queues them, across
        // them only the balances' ETags and the ledger's free-stock rule keep the units apart.
        var allocators = Enumerable.Range(0, 4).Select(_ => new OrderAllocation(
            warehouse.Get<WarehouseStore>(), warehouse.Poster, warehouse.Get<ItemCatalog>(), warehouse.Get<StockCandidateReader>(),
            new AllocationGate(), new AllocationQueue(), warehouse.Get<BusinessCalendar>(), warehouse.Clock)).ToList();
        using var start = new ManualResetEventSlim();
        var runs = placed.Select((orderId, i) => Task.Run(async () =>
        {
            start.Wait();
            return await allocators[i % allocators.Count].AllocateAsync(Orders.Owner, orderId, CancellationToken.None);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(runs);

        Assert.Equal(50, results.Count(o => o.Lines[0].Allocated == 2));
        var partial = Assert.Single(results, o => o.Lines[0].Allocated == 1);
        Assert.Equal(ShippingPolicy.ShipPartial, partial.Policy);
        Assert.All(results.Where(o => o.Lines[0].Allocated == 0), o =>
            Assert.Equal(o.Policy == ShippingPolicy.ShipCompleteFail ? OrderStage.Failed : OrderStage.AwaitingStock, o.Stage));
        var balances = await warehouse.AllAsync<BalanceDocument>(Orders.Owner, BalanceDocument.Kind);
        Assert.Equal(101, balances.Where(b => b.Status == StockStatus.PendingOut).Sum(b => b.Quantity));
        await Orders.AssertOrdersMatchLedgerAsync(warehouse);
    }

    [Fact]
    public async Task In_one_batch_a_ship_complete_order_that_gives_up_leaves_its_planned_units_to_the_next_order()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-01", 3);
        var complete = await Orders.PlaceAsync(warehouse, Orders.Draft("SO-WAIT", ShippingPolicy.ShipCompleteWait, ("SKU-B", 5, null)));
        var partial = await Orders.PlaceAsync(warehouse, Orders.Draft("SO-PART", ShippingPolicy.ShipPartial, ("SKU-B", 3, null)));

        var done = await warehouse.Get<OrderAllocation>().AllocateTogetherAsync(Orders.Owner, [complete.OrderId, partial.OrderId], null, CancellationToken.None);

        Assert.Equal(0, done[complete.OrderId].Lines[0].Allocated);
        Assert.Equal(OrderStage.AwaitingStock, done[complete.OrderId].Stage);
        Assert.Equal(3, done[partial.OrderId].Lines[0].Allocated);
        await Orders.AssertOrdersMatchLedgerAsync(warehouse);
    }
}
