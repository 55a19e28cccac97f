using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Outbound;
using Logistics.Application.StockControl.Moves;
using Logistics.Application.Tests.Support;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Domain.Outbound;
using Logistics.Storage.Messaging;

namespace Logistics.Application.Tests.StockControl;

/// <summary>Moves between locations: scans checked field by field, posted once, free stock only, targets by putaway's rules.</summary>
public sealed class MoveTests
{
    [Fact]
    public async Task A_confirmed_move_posts_one_transfer_and_confirming_again_changes_nothing()
    {
        await using var warehouse = await CountPostingTests.StockedAsync();
        var moves = warehouse.Get<StockMoves>();
        var (task, created) = await moves.CreateAsync(Input("MV-1", 6), CancellationToken.None);
        Assert.True(created);
        Assert.Equal(task, (await moves.CreateAsync(Input("MV-1", 6), CancellationToken.None)).Task);
        Assert.Equal(["acme~MV-1"], (await moves.ListOpenAsync(CancellationToken.None)).Select(t => t.MoveId));

        var done = await moves.ConfirmAsync("acme~MV-1", Scan(), CancellationToken.None);
        var again = await moves.ConfirmAsync("acme~MV-1", Scan(), CancellationToken.None);

        Assert.Equal((MoveTaskDocument.Done, done.ConfirmedAt), (again.Status, again.ConfirmedAt));
        var moved = (await warehouse.AllAsync<MovementDocument>(Orders.Owner, MovementDocument.Kind)).Where(m => m.MovementType == MovementType.Move).ToList();
        Assert.Equal([("A-01-01", -6L), ("A-01-03", 6L)], moved.OrderBy(m => m.Delta).Select(m => (m.Location, m.Delta)));
        Assert.Equal((4L, 6L), (await OnHandAsync(warehouse, "A-01-01"), await OnHandAsync(warehouse, "A-01-03")));
        Assert.Equal(1, await warehouse.Get<IMessageQueue>().CountActiveAsync(EntityDefinition.SubscriptionPath(WarehouseStore.EventsTopic, "billing")));
        Assert.Empty(await moves.ListOpenAsync(CancellationToken.None));
        await warehouse.AssertBalancesEqualLedgerAsync(Orders.Owner);
    }

    [Theory]
    [InlineData("/fromLocation")]
    [InlineData("/barcode")]
    [InlineData("/lot")]
    [InlineData("/toLocation")]
    [InlineData("/units")]
    public async Task A_wrong_scan_is_refused_naming_its_field_and_changes_nothing(string field)
    {
        await using var warehouse = await CountPostingTests.StockedAsync();
        var moves = warehouse.Get<StockMoves>();
        await moves.CreateAsync(Input("MV-2", 6), CancellationToken.None);
        var scan = field switch
        {
            "/fromLocation" => Scan() with { FromLocation = "A-01-02" },
            "/barcode" => Scan() with { Barcode = "4006381333931" },
            "/lot" => Scan() with { Lot = "L2" },
            "/toLocation" => Scan() with { ToLocation = "A-01-04" },
            _ => Scan() with { Units = 5 },
        };
        var before = await warehouse.AllAsync<MovementDocument>(Orders.Owner, MovementDocument.Kind);

        var refused = await Assert.ThrowsAsync<WarehouseValidationException>(() => moves.ConfirmAsync("acme~MV-2", scan, CancellationToken.None));

        Assert.Equal(field, Assert.Single(refused.Errors).Pointer);
        Assert.Equal(before.Count, (await warehouse.AllAsync<MovementDocument>(Orders.Owner, MovementDocument.Kind)).Count);
        Assert.Single(await moves.ListOpenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Units_reserved_for_an_order_do_not_move_and_a_target_must_be_storage_with_room()
    {
        await using var warehouse = await CountPostingTests.StockedAsync();
        var placed = await Orders.PlaceAsync(warehouse, Orders.Draft("SO-1", ShippingPolicy.ShipPartial, ("SKU-A", 14, null)));
        await warehouse.Get<OrderAllocation>().AllocateAsync(Orders.Owner, placed.OrderId, CancellationToken.None);
        var moves = warehouse.Get<StockMoves>();

        await Assert.ThrowsAsync<StateConflictException>(() => moves.CreateAsync(Input("MV-3", 1), CancellationToken.None));
        var toDock = await Assert.ThrowsAsync<WarehouseValidationException>(() => moves.CreateAsync(Input("MV-4", 1) with { ToLocation = "A-09-09" }, CancellationToken.None));
        Assert.Equal("/toLocation", Assert.Single(toDock.Errors).Pointer);

        await Orders.StockAsync(warehouse, "SKU-A", "L1", "A-01-01", 600);
        var full = await Assert.ThrowsAsync<StateConflictException>(() => moves.CreateAsync(Input("MV-5", 600) with { FromLocation = "A-01-01", ToLocation = "A-01-02" }, CancellationToken.None));
        Assert.Contains("room", full.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StateConflictException>(() => moves.CreateAsync(Input("MV-6", 5) with { ToLocation = "SHIP-01" }, CancellationToken.None));
        await Orders.AssertOrdersMatchLedgerAsync(warehouse);
    }

    private static MoveInput Input(string number, int units) => new(Orders.Owner, number, "SKU-A", "A-01-01", "A-01-03", units, "L1");

    private static MoveScan Scan() => new("A-01-01", "a-01-03", 6, Barcode: "9780306406157", Lot: "L1");

    private static async Task<long> OnHandAsync(TestWarehouse warehouse, string location) =>
        (await warehouse.Get<InventoryQueries>().BalancesAsync(Orders.Owner, new InventoryFilter(Location: location, Status: StockStatus.OnHand), null, CancellationToken.None)).Sum(b => b.Quantity);
}
