using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Outbound;
using Logistics.Application.Outbound.Intake;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Inventory;
using Logistics.Domain.Outbound;
using Logistics.Edi.Outbound;

namespace Logistics.Application.Tests.Outbound;

/// <summary>Cancel and replace release reserved stock exactly until picking starts, and are refused with the reason after.</summary>
public class OrderChangeTests
{
    [Fact]
    public async Task Cancelling_before_picking_releases_exactly_what_the_order_reserved()
    {
        await using var warehouse = await StockedAsync();
        var placed = await Orders.PlaceAsync(warehouse, Orders.Draft("SO-1", ShippingPolicy.ShipPartial, ("SKU-A", 7, null), ("SKU-B", 3, null)));
        await warehouse.Get<OrderAllocation>().AllocateAsync(Orders.Owner, placed.OrderId, CancellationToken.None);
        Assert.Equal(10, await PendingOutAsync(warehouse));

        var cancelled = await warehouse.Get<OrderIntake>().AcceptAsync(warehouse.Durable, Orders.Draft("SO-1", ShippingPolicy.ShipPartial), OrderAction.Cancel, CancellationToken.None);

        Assert.Equal(nameof(OrderStage.Cancelled), cancelled.Stage);
        Assert.Equal(0, await PendingOutAsync(warehouse));
        var order = await Orders.ReadAsync(warehouse, placed.OrderId);
        Assert.All(order.PickTasks, t => Assert.Equal(PickTaskRecord.Released, t.Status));
        var releases = (await warehouse.AllAsync<MovementDocument>(Orders.Owner, MovementDocument.Kind)).Where(m => m.MovementType == MovementType.Deallocation).ToList();
        Assert.Equal(-10, releases.Sum(m => m.Delta));
        await Orders.AssertOrdersMatchLedgerAsync(warehouse);

        // Cancelling again changes nothing; the stock is free for the next order.
        await warehouse.Get<OrderIntake>().AcceptAsync(warehouse.Durable, Orders.Draft("SO-1", ShippingPolicy.ShipPartial), OrderAction.Cancel, CancellationToken.None);
        Assert.Equal(releases.Count, (await warehouse.AllAsync<MovementDocument>(Orders.Owner, MovementDocument.Kind)).Count(m => m.MovementType == MovementType.Deallocation));
        var next = await Orders.PlaceAsync(warehouse, Orders.Draft("SO-2", ShippingPolicy.ShipCompleteFail, ("SKU-A", 20, null)));
        var allocated = await warehouse.Get<OrderAllocation>().AllocateAsync(Orders.Owner, next.OrderId, CancellationToken.None);
        Assert.Equal(20, allocated.Lines[0].Allocated);
    }

    [Fact]
    public async Task Replacing_before_picking_releases_the_old_reservations_and_allocates_the_new_lines()
    {
        await using var warehouse = await StockedAsync();
        var placed = await Orders.PlaceAsync(warehouse, Orders.Draft("SO-1", ShippingPolicy.ShipPartial, ("SKU-A", 7, null)));
        await warehouse.Get<OrderAllocation>().AllocateAsync(Orders.Owner, placed.OrderId, CancellationToken.None);

        var replaced = await warehouse.Get<OrderIntake>().AcceptAsync(
            warehouse.Durable, Orders.Draft("SO-1", ShippingPolicy.ShipPartial, ("SKU-B", 4, null)), OrderAction.Replace, CancellationToken.None);
        Assert.Equal(nameof(OrderStage.Received), replaced.Stage);
        Assert.Equal(0, await PendingOutAsync(warehouse));

        var allocated = await warehouse.Get<OrderAllocation>().AllocateAsync(Orders.Owner, placed.OrderId, CancellationToken.None);
        Assert.Equal(1, allocated.Revision);
        Assert.Equal(("SKU-B", 4), (allocated.Lines.Single().Sku, allocated.Lines.Single().Allocated));
        Assert.Equal(4, await PendingOutAsync(warehouse));
        await Orders.AssertOrdersMatchLedgerAsync(warehouse);
    }

    [Fact]
    public async Task After_the_first_pick_cancel_and_replace_are_refused_with_the_reason_and_change_nothing()
    {
        await using var warehouse = await StockedAsync();
        var placed = await Orders.PlaceAsync(warehouse, Orders.Draft("SO-1", ShippingPolicy.ShipPartial, ("SKU-B", 5, null)));
        var order = await warehouse.Get<OrderAllocation>().AllocateAsync(Orders.Owner, placed.OrderId, CancellationToken.None);
        var task = order.PickTasks[0];
        await warehouse.Get<OrderPicking>().RecordAsync(warehouse.Durable, placed.OrderId,
            new PickScanInput("s1", task.TaskNumber, task.Location, Barcode: "4006381333931", Quantity: 2), CancellationToken.None);
        var before = await Orders.ReadAsync(warehouse, placed.OrderId);

        var cancel = await Assert.ThrowsAsync<StateConflictException>(() => warehouse.Get<OrderIntake>().AcceptAsync(
            warehouse.Durable, Orders.Draft("SO-1", ShippingPolicy.ShipPartial), OrderAction.Cancel, CancellationToken.None));
        var replace = await Assert.ThrowsAsync<StateConflictException>(() => warehouse.Get<OrderIntake>().AcceptAsync(
            warehouse.Durable, Orders.Draft("SO-1", ShippingPolicy.ShipPartial, ("SKU-B", 1, null)), OrderAction.Replace, CancellationToken.None));

        Assert.Contains("picking started (2 units picked", cancel.Message, StringComparison.Ordinal);
        Assert.Contains("picking started", replace.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Orders.ReadAsync(warehouse, placed.OrderId), new OrderDocumentComparer());
        await Orders.AssertOrdersMatchLedgerAsync(warehouse);
    }

    private static async Task<TestWarehouse> StockedAsync()
    {
        var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await Orders.StockAsync(warehouse, "SKU-A", "L1", "A-01-01", 20);
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-02", 10);
        return warehouse;
    }

    private static async Task<long> PendingOutAsync(TestWarehouse warehouse) =>
        (await warehouse.AllAsync<BalanceDocument>(Orders.Owner, BalanceDocument.Kind)).Where(b => b.Status == StockStatus.PendingOut).Sum(b => b.Quantity);

    // Records holding lists compare by reference; the stored JSON says whether anything changed.
    private sealed class OrderDocumentComparer : IEqualityComparer<OrderDocument>
    {
        public bool Equals(OrderDocument? x, OrderDocument? y) =>
            System.Text.Json.JsonSerializer.Serialize(x) == System.Text.Json.JsonSerializer.Serialize(y);

        public int GetHashCode(OrderDocument obj) => 0;
    }
}
