using System.Text;
using Logistics.Application.Billing;
using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Tests.Support;
using Logistics.Storage.Blobs;

namespace Logistics.Application.Tests.Billing;

/// <summary>
/// Statements priced from the charge lines: graduated tiers, the monthly minimum, rounding per currency; closing
/// (refusals, blobs, idempotence), late events into the next open period, and a close racing a charge line.
/// </summary>
public sealed class BillingStatementTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Oct20 = new(2026, 10, 20, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Graduated_tiers_price_the_cumulative_quantity_across_the_band_boundary()
    {
        await using var warehouse = new TestWarehouse();
        await Rating.CardAsync(warehouse, "2026-10-01", "EUR",
            [new RateInput(BillingCatalog.Picking, "unit", null, [new RateTierInput(1000, 0.30m), new RateTierInput(null, 0.25m)])]);
        await PickAsync(warehouse, "a", 600);
        await PickAsync(warehouse, "b", 600);

        var statement = await StatementAsync(warehouse, "2026-10");

        // 1000 × 0.30 + 200 × 0.25.
        var line = Assert.Single(statement.Lines);
        Assert.Equal((1200m, 350.00m, 2), (line.Quantity, line.Amount, line.Charges));
        Assert.Equal(350.00m, statement.Total);
        Assert.Equal(StatementDocument.Preview, statement.Status);
    }

    [Fact]
    public async Task A_new_card_version_mid_period_continues_the_tiers_from_the_quantity_billed_before_it()
    {
        await using var warehouse = new TestWarehouse();
        await Rating.CardAsync(warehouse, "2026-10-01", "EUR",
            [new RateInput(BillingCatalog.Picking, "unit", null, [new RateTierInput(1000, 0.30m), new RateTierInput(null, 0.25m)])]);
        await Rating.CardAsync(warehouse, "2026-10-15", "EUR",
            [new RateInput(BillingCatalog.Picking, "unit", null, [new RateTierInput(1000, 0.40m), new RateTierInput(null, 0.35m)])]);
        await Rating.ApplyAsync(warehouse, Rating.Event("O1/pick/a", EventTypes.Picked, "O1", new DateTimeOffset(2026, 10, 5, 9, 0, 0, TimeSpan.Zero), new { line = 1, units = 600 }));
        await Rating.ApplyAsync(warehouse, Rating.Event("O1/pick/b", EventTypes.Picked, "O1", new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.Zero), new { line = 1, units = 600 }));

        var statement = await StatementAsync(warehouse, "2026-10");

        // 600 × 0.30 under the first version; the second starts at 600: 400 × 0.40 + 200 × 0.35.
        Assert.Equal([("2026-10-01", 600m, 180.00m), ("2026-10-15", 600m, 230.00m)], statement.Lines.Select(l => (l.RateCardVersion, l.Quantity, l.Amount)));
        Assert.Equal(410.00m, statement.Total);
    }

    [Fact]
    public async Task A_total_below_the_monthly_minimum_is_topped_up_by_a_minimum_line()
    {
        await using var warehouse = new TestWarehouse();
        await Rating.CardAsync(warehouse, "2026-10-01", (BillingCatalog.Picking, "unit", 0.30m), (BillingCatalog.Minimum, "month", 100m));
        await PickAsync(warehouse, "a", 41);

        var statement = await StatementAsync(warehouse, "2026-10");

        Assert.Equal([(BillingCatalog.Picking, 12.30m), (BillingCatalog.Minimum, 87.70m)], statement.Lines.Select(l => (l.Service, l.Amount)));
        Assert.Equal(100m, statement.Total);
    }

    [Theory]
    [InlineData("EUR", 0.125, 3, 0.38)]
    [InlineData("EUR", 0.125, 5, 0.63)]
    [InlineData("USD", 0.333, 1, 0.33)]
    [InlineData("JPY", 10.5, 1, 11)]
    [InlineData("KRW", 2.5, 3, 8)]
    public async Task Each_line_is_rounded_to_the_currency_minor_units_half_away_from_zero(string currency, double price, int units, double amount)
    {
        await using var warehouse = new TestWarehouse();
        await Rating.CardAsync(warehouse, "2026-10-01", currency, [new RateInput(BillingCatalog.Picking, "unit", (decimal)price, null), new RateInput(BillingCatalog.Putaway, "unit", (decimal)price, null)]);
        await PickAsync(warehouse, "a", units);
        await Rating.ApplyAsync(warehouse, Rating.Event("N1/putaway/1", EventTypes.PutawayConfirmed, "N1", Oct20, new { units }));

        var statement = await StatementAsync(warehouse, "2026-10");

        Assert.All(statement.Lines, l => Assert.Equal((decimal)amount, l.Amount));
        Assert.Equal(2 * (decimal)amount, statement.Total);
        Assert.Equal(currency, statement.Currency);
    }

    [Fact]
    public async Task Closing_is_refused_while_the_period_runs_or_has_unrated_lines_and_then_freezes_the_statement_into_blobs()
    {
        await using var warehouse = new TestWarehouse();
        var statements = warehouse.Get<BillingStatements>();
        await Rating.CardAsync(warehouse, "2026-10-01", (BillingCatalog.Picking, "unit", 0.5m));
        await PickAsync(warehouse, "a", 10);
        await Rating.ApplyAsync(warehouse, Rating.Event("O1/packed/C1", EventTypes.OrderPacked, "O1", Oct20, new { cartons = 1, units = 10, weightKg = 2 }));

        var running = await Assert.ThrowsAsync<StateConflictException>(() => statements.CloseAsync(Rating.Owner, "2026-11", false, CancellationToken.None));
        Assert.Contains("still running", running.Message, StringComparison.Ordinal);
        var unrated = await Assert.ThrowsAsync<StateConflictException>(() => statements.CloseAsync(Rating.Owner, "2026-10", false, CancellationToken.None));
        Assert.Contains("2 unrated", unrated.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<WarehouseValidationException>(() => statements.CloseAsync(Rating.Owner, "2026-1", false, CancellationToken.None));

        var closed = await statements.CloseAsync(Rating.Owner, "2026-10", true, CancellationToken.None);
        warehouse.Clock.Advance(TimeSpan.FromHours(1));
        var again = await statements.CloseAsync(Rating.Owner, "2026-10", false, CancellationToken.None);

        Assert.Equal(StatementDocument.Closed, closed.Status);
        Assert.Equal((5.00m, 2), (closed.Total, closed.UnratedCount));
        Assert.Equal(["order", "carton"], closed.Unrated.Select(u => u.Basis).Order().Reverse());
        Assert.Equivalent(closed, again, strict: true);
        var blobs = warehouse.Get<IBlobStore>();
        var csv = Encoding.UTF8.GetString((await blobs.GetAsync("reports/acme/statements/2026-10.csv"))!.Content.ToArray());
        Assert.Equal(StatementCsv.Write(closed), csv);
        Assert.Contains("acme,2026-10,closed,charge,picking,unit,2026-10-01,10,0.5,5.00,EUR,1,", csv, StringComparison.Ordinal);
        Assert.Contains("acme,2026-10,closed,total,,,,,,5.00,EUR,,", csv, StringComparison.Ordinal);
        var json = Encoding.UTF8.GetString((await blobs.GetAsync("reports/acme/statements/2026-10.json"))!.Content.ToArray());
        Assert.Contains("\"total\":5.00", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_late_event_goes_to_the_next_open_period_flagged_and_the_closed_statement_does_not_change()
    {
        await using var warehouse = new TestWarehouse();
        await Rating.CardAsync(warehouse, "2026-10-01", (BillingCatalog.Picking, "unit", 0.5m));
        await PickAsync(warehouse, "a", 10);
        var closed = await warehouse.Get<BillingStatements>().CloseAsync(Rating.Owner, "2026-10", false, CancellationToken.None);

        await PickAsync(warehouse, "late", 4);

        var late = Assert.Single(await Rating.LinesAsync(warehouse), l => l.EventId.EndsWith("/late", StringComparison.Ordinal));
        Assert.Equal(("2026-11", "2026-10", ChargeLineDocument.Rated, "2026-10-01"), (late.Period, late.OriginalPeriod, late.Status, late.RateCardVersion));
        Assert.Equivalent(closed, await StatementAsync(warehouse, "2026-10"), strict: true);
        Assert.Equal(2.00m, (await StatementAsync(warehouse, "2026-11")).Total);
    }

    [Fact]
    public async Task A_charge_line_between_the_raters_period_read_and_its_write_loses_to_a_close_and_moves_to_the_next_period()
    {
        await using var warehouse = new TestWarehouse();
        await Rating.CardAsync(warehouse, "2026-10-01", (BillingCatalog.Picking, "unit", 0.5m));
        await PickAsync(warehouse, "a", 10);

        // Hold the rater after it read October as open; close October meanwhile; then let the rater write.
        var pause = warehouse.Pauses.PauseNextRead(BillingPeriodDocument.IdOf("2026-10"));
        var rating = Task.Run(() => PickAsync(warehouse, "racing", 6));
        await pause.Reached.WaitAsync(Timeout);
        var closed = await warehouse.Get<BillingStatements>().CloseAsync(Rating.Owner, "2026-10", false, CancellationToken.None);
        pause.Release();
        await rating.WaitAsync(Timeout);

        // The rater's write failed its precondition, was tried again, and found October closed.
        Assert.Equal(5.00m, closed.Total);
        var racing = Assert.Single(await Rating.LinesAsync(warehouse), l => l.EventId.EndsWith("/racing", StringComparison.Ordinal));
        Assert.Equal(("2026-11", "2026-10"), (racing.Period, racing.OriginalPeriod));
        Assert.Equivalent(closed, await StatementAsync(warehouse, "2026-10"), strict: true);
    }

    [Fact]
    public async Task A_charge_line_filed_between_the_closes_read_and_its_write_makes_the_close_price_it()
    {
        await using var warehouse = new TestWarehouse();
        await Rating.CardAsync(warehouse, "2026-10-01", (BillingCatalog.Picking, "unit", 0.5m));
        await PickAsync(warehouse, "a", 10);

        // Hold the close after it read October; a line is filed in October meanwhile; then let the close write.
        var pause = warehouse.Pauses.PauseNextRead(BillingPeriodDocument.IdOf("2026-10"));
        var closing = Task.Run(() => warehouse.Get<BillingStatements>().CloseAsync(Rating.Owner, "2026-10", false, CancellationToken.None));
        await pause.Reached.WaitAsync(Timeout);
        await PickAsync(warehouse, "racing", 6);
        pause.Release();
        var closed = await closing.WaitAsync(Timeout);

        Assert.Equal((16m, 8.00m), (Assert.Single(closed.Lines).Quantity, closed.Total));
        Assert.All(await Rating.LinesAsync(warehouse), l => Assert.Equal(("2026-10", null), (l.Period, l.OriginalPeriod)));
    }

    private static Task<bool> PickAsync(TestWarehouse warehouse, string scan, int units) =>
        Rating.ApplyAsync(warehouse, Rating.Event($"O1/pick/{scan}", EventTypes.Picked, "O1", Oct20, new { line = 1, sku = "SKU-B", units }));

    private static Task<StatementDocument> StatementAsync(TestWarehouse warehouse, string period) =>
        warehouse.Get<BillingStatements>().GetAsync(Rating.Owner, period, CancellationToken.None);
}
