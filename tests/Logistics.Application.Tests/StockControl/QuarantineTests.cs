using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Outbound;
using Logistics.Application.StockControl.Quarantine;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Inventory;
using Logistics.Domain.Outbound;

namespace Logistics.Application.Tests.StockControl;

/// <summary>Quarantine takes free stock only, is never allocated, is applied once per change id, and a release restores it.</summary>
public sealed class QuarantineTests
{
    [Fact]
    public async Task Quarantine_cannot_take_reserved_units_and_quarantined_units_are_not_allocated()
    {
        await using var warehouse = await CountPostingTests.StockedAsync();
        var allocation = warehouse.Get<OrderAllocation>();
        var first = await Orders.PlaceAsync(warehouse, Orders.Draft("SO-1", ShippingPolicy.ShipPartial, ("SKU-A", 8, null)));
        await allocation.AllocateAsync(Orders.Owner, first.OrderId, CancellationToken.None);
        var changes = warehouse.Get<StockStatusChanges>();

        // A-01-01 holds 10 and A-01-02 4; the order reserved 8 of them. Only the free rest can be quarantined.
        var free = await FreeAsync(warehouse, "A-01-01");
        var freeThere = await FreeAsync(warehouse, "A-01-02");
        Assert.Equal((6L, true), (free + freeThere, free > 0));
        await Assert.ThrowsAsync<StateConflictException>(() => changes.ApplyAsync(Change("Q-1", "A-01-01", (int)free + 1), CancellationToken.None));
        var applied = await changes.ApplyAsync(Change("Q-1", "A-01-01", (int)free), CancellationToken.None);
        Assert.Equal(applied, await changes.ApplyAsync(Change("Q-1", "A-01-01", (int)free), CancellationToken.None));
        await Assert.ThrowsAsync<StateConflictException>(() => changes.ApplyAsync(Change("Q-1", "A-01-01", 1), CancellationToken.None));
        if (freeThere > 0)
        {
            await changes.ApplyAsync(Change("Q-2", "A-01-02", (int)freeThere), CancellationToken.None);
        }

        // Nothing free is left: the next order finds no stock, though quarantined units are physically there.
        var second = await Orders.PlaceAsync(warehouse, Orders.Draft("SO-2", ShippingPolicy.ShipPartial, ("SKU-A", 1, null)));
        var allocated = await allocation.AllocateAsync(Orders.Owner, second.OrderId, CancellationToken.None);
        Assert.Equal(0, allocated.Lines[0].Allocated);
        Assert.Equal(6, (await warehouse.AllAsync<BalanceDocument>(Orders.Owner, BalanceDocument.Kind)).Where(b => b.Status == StockStatus.Quarantined).Sum(b => b.Quantity));
        Assert.Equal(freeThere > 0 ? 2 : 1, (await warehouse.AllAsync<MovementDocument>(Orders.Owner, MovementDocument.Kind)).Count(m => m.MovementType == MovementType.StatusChange && m.Delta > 0));

        // A release makes them allocatable again.
        await changes.ApplyAsync(Change("R-1", "A-01-01", (int)free) with { To = "onHand", Reason = "Inspection passed" }, CancellationToken.None);
        Assert.Equal(1, (await allocation.AllocateAsync(Orders.Owner, second.OrderId, CancellationToken.None)).Lines[0].Allocated);
        await Orders.AssertOrdersMatchLedgerAsync(warehouse);
    }

    [Fact]
    public async Task A_release_takes_only_quarantined_units_and_a_change_needs_a_reason()
    {
        await using var warehouse = await CountPostingTests.StockedAsync();
        var changes = warehouse.Get<StockStatusChanges>();

        await Assert.ThrowsAsync<StateConflictException>(() => changes.ApplyAsync(Change("R-2", "A-01-01", 1) with { To = "onHand" }, CancellationToken.None));
        var noReason = await Assert.ThrowsAsync<WarehouseValidationException>(() => changes.ApplyAsync(Change("Q-3", "A-01-01", 1) with { Reason = " " }, CancellationToken.None));
        Assert.Equal("/reason", Assert.Single(noReason.Errors).Pointer);
        Assert.DoesNotContain(await warehouse.AllAsync<MovementDocument>(Orders.Owner, MovementDocument.Kind), m => m.MovementType == MovementType.StatusChange);
    }

    private static StatusChangeInput Change(string id, string location, int units) =>
        new(id, Orders.Owner, "SKU-A", location, units, "quarantined", "Water damage reported", "L1");

    private static async Task<long> ReservedAsync(TestWarehouse warehouse, string location) =>
        (await warehouse.AllAsync<BalanceDocument>(Orders.Owner, BalanceDocument.Kind)).Where(b => b.Location == location && b.Status == StockStatus.PendingOut).Sum(b => b.Quantity);

    private static async Task<long> FreeAsync(TestWarehouse warehouse, string location) =>
        (await warehouse.AllAsync<BalanceDocument>(Orders.Owner, BalanceDocument.Kind)).Where(b => b.Location == location && b.Status == StockStatus.OnHand).Sum(b => b.Quantity)
        - await ReservedAsync(warehouse, location);
}
