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

        // 100 units of SKU-A over two lots in three locations: fifty orders of two units each.
        await Orders.StockAsync(warehouse, "SKU-A", "L1", "A-01-01", 40);
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
            new AllocationGate(), warehouse.Get<BusinessCalendar>(), warehouse.Clock)).ToList();
        using var start = new ManualResetEventSlim();
        var runs = placed.Select((orderId, i) => Task.Run(async () =>
        {
            start.Wait();
            return await allocators[i % allocators.Count].AllocateAsync(Orders.Owner, orderId, CancellationToken.None);
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(runs);

        Assert.Equal(50, results.Count(o => o.Lines[0].Allocated == 2));
        Assert.All(results.Where(o => o.Lines[0].Allocated != 2), o =>
        {
            Assert.Equal(0, o.Lines[0].Allocated);
            Assert.Equal(o.Policy == ShippingPolicy.ShipCompleteFail ? OrderStage.Failed : OrderStage.AwaitingStock, o.Stage);
        });
        var balances = await warehouse.AllAsync<BalanceDocument>(Orders.Owner, BalanceDocument.Kind);
        Assert.Equal(100, balances.Where(b => b.Status == StockStatus.PendingOut).Sum(b => b.Quantity));
        await Orders.AssertOrdersMatchLedgerAsync(warehouse);
    }
}
