using Logistics.Application.Inventory;
using Logistics.Application.Outbound;
using Logistics.Application.Returns;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Outbound;
using Logistics.Domain.Returns;
using static Logistics.Application.Tests.Returns.ReturnStock;

namespace Logistics.Application.Tests.Returns;

/// <summary>A failed delivery opens a return whose goods come back from transit through arrival, receipt, inspection and disposition.</summary>
public sealed class FailedDeliveryReturnTests
{
    [Fact]
    public async Task A_failed_delivery_becomes_a_return_and_units_that_never_come_back_are_written_off_in_transit()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var client = warehouse.Durable;
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-01", 5);
        var placed = await Orders.PlaceAsync(warehouse, Orders.Draft("O-9", ShippingPolicy.ShipPartial, ("SKU-B", 3, (string?)null)));
        await warehouse.Get<OrderAllocation>().AllocateAsync(Orders.Owner, placed.OrderId, CancellationToken.None);
        var order = await Orders.ReadAsync(warehouse, placed.OrderId);
        foreach (var task in order.PickTasks.Where(t => t.IsOpen))
        {
            await warehouse.Get<OrderPicking>().RecordAsync(client, placed.OrderId,
                new PickScanInput($"p-{task.TaskNumber}", task.TaskNumber, task.Location, Sku: task.Sku, Lot: task.Lot, Quantity: task.Units), CancellationToken.None);
        }

        order = await Orders.ReadAsync(warehouse, placed.OrderId);
        await warehouse.Get<OrderPacking>().PackAsync(client, placed.OrderId,
            new PackInput([new CartonInput("C-1", 1.5m, [.. order.Unpacked().Select(c => new CartonLineInput(c.LineNumber, c.Lot, c.Units))])]), CancellationToken.None);
        await warehouse.Get<OrderHandover>().HandOverAsync(client, placed.OrderId, new HandoverInput("DHLX", "GROUND", "TRK-F"), CancellationToken.None);
        await AssertAsync(warehouse, "shipped", ("SKU-B", null, Columns(2, 0, 0, 2, 0, 0, 0)));
        Assert.Equal(3, await InTransitAsync(warehouse));

        // The carrier reports the failure: the shipment settles as returned and a return opens; the units stay in transit.
        var delivery = warehouse.Get<OrderDelivery>();
        var failed = await delivery.RecordAsync(client, "DHLX", "TRK-F", new TrackingInput("E1", "failed", warehouse.Clock.GetUtcNow(), null, "refused"), CancellationToken.None);
        await delivery.RecordAsync(client, "DHLX", "TRK-F", new TrackingInput("E1", "failed", warehouse.Clock.GetUtcNow(), null, "refused"), CancellationToken.None);
        await delivery.RecordAsync(client, "DHLX", "TRK-F", new TrackingInput("E2", "failed", warehouse.Clock.GetUtcNow(), null, "refused"), CancellationToken.None);
        Assert.Equal((ShipmentRecord.Returned, "acme~FD-O-9-S1"), (failed.State, failed.ReturnId));
        var opened = Assert.Single(await warehouse.AllAsync<ReturnDocument>(Notices.Owner, ReturnDocument.Kind));
        Assert.Equal((ReturnOrigin.FailedDelivery, "FD-O-9-S1", "O-9", ReturnProgress.AwaitingArrival), (opened.Origin, opened.ReturnNumber, opened.OriginalOrderNumber, opened.Progress));
        Assert.Equal([(1, "SKU-B", 3L, ReturnReason.Refused)], opened.Lines.Select(l => (l.LineNumber, l.Sku, l.Units, l.Reason)));
        Assert.NotNull(await client.GetInstanceAsync(ReturnIds.InstanceOf(opened.ReturnId)));
        await AssertAsync(warehouse, "failed", ("SKU-B", null, Columns(2, 0, 0, 2, 0, 0, 0)));
        Assert.Equal(3, await InTransitAsync(warehouse));

        // Two of the three come back: they move from transit into the returns area, pending decision.
        var receiving = warehouse.Get<ReturnReceiving>();
        await receiving.RecordArrivalAsync(client, opened.ReturnId, 1, CancellationToken.None);
        await receiving.RecordScanAsync(client, opened.ReturnId, new ReturnScanInput("r1", Sku: "SKU-B", Quantity: 2), CancellationToken.None);
        await AssertAsync(warehouse, "scanned", ("SKU-B", null, Columns(2, 0, 0, 2, 2, 0, 0)));
        Assert.Equal(1, await InTransitAsync(warehouse));

        // The close writes the missing unit off in transit; the two are inspected and restocked.
        await receiving.CloseAsync(client, opened.ReturnId, CancellationToken.None);
        Assert.Equal(0, await InTransitAsync(warehouse));
        await warehouse.Get<ReturnInspection>().DisposeAsync(client, opened.ReturnId, new DispositionInput("P1", "restock"), CancellationToken.None);
        await AssertAsync(warehouse, "restocked", ("SKU-B", null, Columns(4, 0, 0, 4, 0, 0, 0)));
        var disposed = (await warehouse.Get<ReturnRepository>().GetAsync(opened.ReturnId, null, CancellationToken.None)).Value;
        Assert.Equal(ReturnProgress.Disposed, disposed.Progress);
        var advice = await warehouse.Get<ReturnAdvices>().CompleteAsync(opened.ReturnId, warehouse.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal((3L, 2L, 1L, "O-9"), (advice.Lines.Single().Announced, advice.Lines.Single().Received, advice.Lines.Single().Short, advice.OriginalOrderNumber));
    }

    private static async Task<long> InTransitAsync(TestWarehouse warehouse) =>
        (await warehouse.Get<InventoryQueries>().BalancesAsync(Notices.Owner, new InventoryFilter(), null, CancellationToken.None))
            .Where(b => b.Status == "InTransit").Sum(b => b.Quantity);
}
