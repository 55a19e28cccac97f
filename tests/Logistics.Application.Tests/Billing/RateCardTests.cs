using Logistics.Application.Billing;
using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.Billing;

/// <summary>Rate card versions: strict validation naming the JSON pointer, idempotent replace, frozen once a closed period used them.</summary>
public sealed class RateCardTests
{
    public static TheoryData<string, string?, RateInput?[], string> Invalid() => new()
    {
        { "2026-12-01", "EUR", [new RateInput("storing", "unit", 1, null)], "/rates/0/service" },
        { "2026-12-01", "EUR", [new RateInput("picking", "pallet", 1, null)], "/rates/0/basis" },
        { "2026-12-01", "EUR", [new RateInput("picking", "unit", -0.01m, null)], "/rates/0/price" },
        { "2026-12-01", "EUR", [new RateInput("picking", "unit", null, null)], "/rates/0" },
        { "2026-12-01", "EUR", [new RateInput("picking", "unit", null, [new RateTierInput(1000, 0.3m), new RateTierInput(500, 0.2m), new RateTierInput(null, 0.1m)])], "/rates/0/tiers/1/upTo" },
        { "2026-12-01", "EUR", [new RateInput("picking", "unit", null, [new RateTierInput(1000, 0.3m)])], "/rates/0/tiers/0/upTo" },
        { "2026-12-01", "EUR", [new RateInput("picking", "unit", 1, null), new RateInput("picking", "unit", 2, null)], "/rates/1" },
        { "2026-12-01", "eur", [new RateInput("picking", "unit", 1, null)], "/currency" },
        { "2026-12-01", "EURO", [new RateInput("picking", "unit", 1, null)], "/currency" },
        { "2026-12-01", "EUR", [], "/rates" },
        { "2026-12-01", "EUR", [null], "/rates/0" },
        { "2026-13-01", "EUR", [new RateInput("picking", "unit", 1, null)], "/effectiveFrom" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task A_card_breaking_a_rule_is_refused_naming_the_field(string effectiveFrom, string? currency, RateInput?[] rates, string pointer)
    {
        await using var warehouse = new TestWarehouse();

        var error = await Assert.ThrowsAsync<WarehouseValidationException>(() => Rating.CardAsync(warehouse, effectiveFrom, currency!, rates));

        Assert.Equal(pointer, Assert.Single(error.Errors).Pointer);
        Assert.Empty(await warehouse.Get<RateCards>().ListAsync(Rating.Owner, CancellationToken.None));
    }

    [Fact]
    public async Task The_same_card_again_changes_nothing_and_a_changed_one_replaces_its_version()
    {
        await using var warehouse = new TestWarehouse();
        var (first, created) = await Rating.CardAsync(warehouse, "2026-11-01", (BillingCatalog.Picking, "unit", 0.3m));
        warehouse.Clock.Advance(TimeSpan.FromMinutes(5));
        var (same, createdAgain) = await Rating.CardAsync(warehouse, "2026-11-01", (BillingCatalog.Picking, "unit", 0.3m));
        var (changed, _) = await Rating.CardAsync(warehouse, "2026-11-01", (BillingCatalog.Picking, "unit", 0.35m));
        await Rating.CardAsync(warehouse, "2026-12-01", (BillingCatalog.Picking, "unit", 0.4m));

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(first.UpdatedAt, same.UpdatedAt);
        var versions = await warehouse.Get<RateCards>().ListAsync(Rating.Owner, CancellationToken.None);
        Assert.Equal([("2026-11-01", 0.35m), ("2026-12-01", 0.4m)], versions.Select(v => (v.Version, v.Rates[0].Price!.Value)));
        Assert.NotEqual(first.UpdatedAt, changed.UpdatedAt);
    }

    [Fact]
    public async Task A_version_dated_in_or_before_a_closed_period_or_in_another_currency_is_refused()
    {
        await using var warehouse = new TestWarehouse();
        await Rating.CardAsync(warehouse, "2026-09-01", (BillingCatalog.Picking, "unit", 0.3m));
        await Rating.ApplyAsync(warehouse, Rating.Event("O1/pick/a", EventTypes.Picked, "O1", new DateTimeOffset(2026, 9, 10, 8, 0, 0, TimeSpan.Zero), new { line = 1, units = 3 }));
        await warehouse.Get<BillingStatements>().CloseAsync(Rating.Owner, "2026-09", false, CancellationToken.None);

        var replaced = await Assert.ThrowsAsync<WarehouseValidationException>(() => Rating.CardAsync(warehouse, "2026-09-01", (BillingCatalog.Picking, "unit", 0.1m)));
        var backdated = await Assert.ThrowsAsync<WarehouseValidationException>(() => Rating.CardAsync(warehouse, "2026-09-30", (BillingCatalog.Picking, "unit", 0.1m)));
        var currency = await Assert.ThrowsAsync<WarehouseValidationException>(() => Rating.CardAsync(warehouse, "2026-10-01", "USD", [new RateInput("picking", "unit", 1, null)]));

        Assert.Equal("/effectiveFrom", Assert.Single(replaced.Errors).Pointer);
        Assert.Equal("/effectiveFrom", Assert.Single(backdated.Errors).Pointer);
        Assert.Equal("/currency", Assert.Single(currency.Errors).Pointer);
        Assert.True((await Rating.CardAsync(warehouse, "2026-10-01", (BillingCatalog.Picking, "unit", 0.1m))).Created);
    }
}
