using Logistics.Application.Billing;
using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.Billing;

/// <summary>After a rate card fix, re-rating leaves what rating with the fixed card would have left; closed periods stay final.</summary>
public sealed class ChargeReratingTests
{
    private static readonly DateTimeOffset Nov10 = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Lines_the_fixed_card_prices_become_rated_their_moot_siblings_go_and_the_rest_stay_flagged()
    {
        await using var warehouse = new TestWarehouse();
        var rerating = warehouse.Get<ChargeRerating>();
        await Rating.ApplyAsync(warehouse, Rating.Event("O1/pick/a", EventTypes.Picked, "O1", Nov10, new { line = 1, sku = "SKU-B", units = 8 }));
        await Rating.ApplyAsync(warehouse, Rating.Event("O1/packed/C1", EventTypes.OrderPacked, "O1", Nov10, new { cartons = 1, units = 8, weightKg = 2 }));
        Assert.Equal(5, (await Rating.LinesAsync(warehouse)).Count(l => l.Status == ChargeLineDocument.Unrated));

        await Rating.CardAsync(warehouse, "2026-11-01", (BillingCatalog.Picking, "unit", 0.5m));
        var rated = await rerating.RerateAsync(Rating.Owner, "2026-11", CancellationToken.None);
        var again = await rerating.RerateAsync(Rating.Owner, "2026-11", CancellationToken.None);

        Assert.Equal((1, 0), (rated, again));
        var lines = await Rating.LinesAsync(warehouse);
        var picking = Assert.Single(lines, l => l.Service == BillingCatalog.Picking);
        Assert.Equal(("unit", 8m, ChargeLineDocument.Rated, "2026-11-01", null), (picking.Basis, picking.Quantity, picking.Status, picking.RateCardVersion, picking.Reason));
        Assert.Equal(["carton", "order"], lines.Where(l => l.Service == BillingCatalog.Packing && l.Status == ChargeLineDocument.Unrated).Select(l => l.Basis).Order());
        Assert.Equal(4.00m, (await warehouse.Get<BillingStatements>().GetAsync(Rating.Owner, "2026-11", CancellationToken.None)).Total);
    }

    [Fact]
    public async Task A_closed_period_is_not_rerated()
    {
        await using var warehouse = new TestWarehouse();
        await Rating.ApplyAsync(warehouse, Rating.Event("O1/pick/a", EventTypes.Picked, "O1", new DateTimeOffset(2026, 10, 10, 9, 0, 0, TimeSpan.Zero), new { line = 1, units = 8 }));
        await warehouse.Get<BillingStatements>().CloseAsync(Rating.Owner, "2026-10", true, CancellationToken.None);

        await Assert.ThrowsAsync<StateConflictException>(() => warehouse.Get<ChargeRerating>().RerateAsync(Rating.Owner, "2026-10", CancellationToken.None));

        Assert.All(await Rating.LinesAsync(warehouse), l => Assert.Equal(ChargeLineDocument.Unrated, l.Status));
    }
}
