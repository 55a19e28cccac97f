using Logistics.Application.Billing;
using Logistics.Application.Events;
using Logistics.Application.Items;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.Billing;

/// <summary>The daily storage snapshot: the ledger at the end of the warehouse day, taken once, rated as storage.</summary>
public sealed class StorageSnapshotTests
{
    [Fact]
    public async Task Yesterdays_stock_is_taken_once_from_the_ledger_and_rated_per_unit_day_and_location_day()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await warehouse.Items.PutAsync(Rating.Owner, "SKU-H", new ItemInput("Humid item", Handling: ["HumidityControlled"]), CancellationToken.None);
        await Rating.CardAsync(warehouse, "2026-11-01",
            (BillingCatalog.Storage, "unitDay", 0.01m), (BillingCatalog.Storage, "locationDay", 0.5m), (BillingCatalog.HumidityControlled, "unitDay", 0.02m));
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-01", 30);
        await Orders.StockAsync(warehouse, "SKU-H", null, "A-01-02", 12);
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-02", 8);
        var snapshots = warehouse.Get<StorageSnapshots>();

        // Still the 21st: the day that ended (the 20th) had none of this stock.
        var twentieth = Assert.Single(await snapshots.TakeDueAsync(Rating.Owner, CancellationToken.None));
        Assert.Equal((new DateOnly(2026, 11, 20), 0L, 0), (twentieth.Date, twentieth.Units, twentieth.Locations));
        warehouse.Clock.Advance(TimeSpan.FromDays(1));
        // Stock after the 21st ended is not the 21st's.
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-03", 100);
        var taken = Assert.Single(await snapshots.TakeDueAsync(Rating.Owner, CancellationToken.None));
        var again = await snapshots.TakeDueAsync(Rating.Owner, CancellationToken.None);

        Assert.Equal((new DateOnly(2026, 11, 21), 50L, 2, 12L, 0L), (taken.Date, taken.Units, taken.Locations, taken.HumidityUnits, taken.MagneticUnits));
        Assert.Empty(again);
        Assert.Equal(2, (await Rating.DrainAsync(warehouse)).Applied);
        var quantities = await Rating.QuantitiesAsync(warehouse);
        Assert.Equal(50m, quantities[(BillingCatalog.Storage, "unitDay")]);
        Assert.Equal(2m, quantities[(BillingCatalog.Storage, "locationDay")]);
        Assert.Equal(12m, quantities[(BillingCatalog.HumidityControlled, "unitDay")]);
        Assert.All(await Rating.LinesAsync(warehouse), l => Assert.Equal((EventTypes.StorageSnapshotTaken, "2026-11"), (l.EventType, l.Period)));
    }

    [Fact]
    public async Task A_first_run_takes_only_yesterday_and_later_runs_catch_up_the_days_missed()
    {
        await using var warehouse = new TestWarehouse();
        var snapshots = warehouse.Get<StorageSnapshots>();
        warehouse.Clock.Advance(TimeSpan.FromDays(10));

        var first = await snapshots.TakeDueAsync(Rating.Owner, CancellationToken.None);
        warehouse.Clock.Advance(TimeSpan.FromDays(3));
        var next = await snapshots.TakeDueAsync(Rating.Owner, CancellationToken.None);

        Assert.Equal([new DateOnly(2026, 11, 30)], first.Select(s => s.Date));
        Assert.Equal([new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 3)], next.Select(s => s.Date));
    }
}
