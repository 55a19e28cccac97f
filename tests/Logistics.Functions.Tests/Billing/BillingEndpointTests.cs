using System.Net;
using Logistics.Application.Billing;
using Logistics.Application.Events;
using Logistics.Application.Warehouse;
using Logistics.Functions.Tests.Infrastructure;
using Logistics.Functions.Tests.Inbound;
using Logistics.Storage.Blobs;

namespace Logistics.Functions.Tests.Billing;

/// <summary>
/// Billing over HTTP, ops only: rate cards (problems naming the field), charge lines, statements as JSON and CSV, the
/// close, and the storage snapshot timer.
/// </summary>
public sealed class BillingEndpointTests
{
    private const string Cards = $"/api/ops/billing/rate-cards/{TestKeys.PublisherAId}";

    [Theory]
    [InlineData("2026-12-01", """{"currency":"EUR","rates":[{"service":"picking","basis":"unit","price":-1}]}""", "/rates/0/price")]
    [InlineData("2026-12-01", """{"currency":"EUR","rates":[{"service":"picking","basis":"pallet","price":1}]}""", "/rates/0/basis")]
    [InlineData("2026-12-01", """{"currency":"EUR","rates":[{"service":"storing","basis":"unit","price":1}]}""", "/rates/0/service")]
    [InlineData("2026-12-01", """{"currency":"EUR","rates":[{"service":"picking","basis":"unit","tiers":[{"upTo":100,"price":0.3},{"upTo":50,"price":0.2},{"price":0.1}]}]}""", "/rates/0/tiers/1/upTo")]
    [InlineData("2026-12-01", """{"currency":"Euro","rates":[{"service":"picking","basis":"unit","price":1}]}""", "/currency")]
    [InlineData("2026-12-32", """{"currency":"EUR","rates":[{"service":"picking","basis":"unit","price":1}]}""", "/effectiveFrom")]
    public async Task A_bad_rate_card_gets_a_problem_naming_the_field(string effectiveFrom, string body, string pointer)
    {
        await using var host = await InboundHost.StartAsync();

        using var response = await host.Client.SendAsync(HttpMethod.Put, $"{Cards}/{effectiveFrom}", host.Keys.Ops, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pointer, (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("pointer").GetString());
        Assert.Equal(0, (await host.OkAsync(HttpMethod.Get, Cards, host.Keys.Ops)).GetArrayLength());
    }

    [Fact]
    public async Task A_rate_card_is_created_then_replaced_idempotently_and_listed_and_only_for_a_known_publisher()
    {
        await using var host = await InboundHost.StartAsync();
        const string body = """{"currency":"EUR","rates":[{"service":"picking","basis":"unit","tiers":[{"upTo":1000,"price":0.3},{"price":0.25}]},{"service":"minimum","basis":"month","price":250}]}""";

        using var created = await host.Client.SendAsync(HttpMethod.Put, $"{Cards}/2026-11-01", host.Keys.Ops, body);
        using var again = await host.Client.SendAsync(HttpMethod.Put, $"{Cards}/2026-11-01", host.Keys.Ops, body);
        using var unknown = await host.Client.SendAsync(HttpMethod.Put, "/api/ops/billing/rate-cards/nobody/2026-11-01", host.Keys.Ops, body);
        using var publisher = await host.Client.SendAsync(HttpMethod.Put, $"{Cards}/2026-11-01", host.Keys.PublisherA, body);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.Forbidden), (created.StatusCode, again.StatusCode, unknown.StatusCode, publisher.StatusCode));
        var card = Assert.Single((await host.OkAsync(HttpMethod.Get, Cards, host.Keys.Ops)).EnumerateArray());
        Assert.Equal(("2026-11-01", "EUR"), (card.GetProperty("effectiveFrom").GetString(), card.GetProperty("currency").GetString()));
        Assert.Equal(0.25m, card.GetProperty("rates")[0].GetProperty("tiers")[1].GetProperty("price").GetDecimal());
    }

    [Fact]
    public async Task The_statement_answers_as_json_and_csv_closes_once_and_the_unrated_lines_are_listed()
    {
        await using var host = await InboundHost.StartAsync();
        await host.OkAsync(HttpMethod.Put, $"{Cards}/2026-10-01", host.Keys.Ops,
            """{"currency":"EUR","rates":[{"service":"picking","basis":"unit","price":0.125},{"service":"minimum","basis":"month","price":10}]}""");
        var october = new DateTimeOffset(2026, 10, 12, 9, 0, 0, TimeSpan.Zero);
        await ApplyAsync(host, new WarehouseEvent("acme~O-1/pick/a", EventTypes.Picked, TestKeys.PublisherAId, "acme~O-1", october, new { line = 1, sku = "BOOK-002", units = 3 }));
        await ApplyAsync(host, new WarehouseEvent("acme~O-1/packed/C1", EventTypes.OrderPacked, TestKeys.PublisherAId, "acme~O-1", october, new { cartons = 2, units = 3, weightKg = 1 }));
        const string statement = $"/api/ops/billing/statements/{TestKeys.PublisherAId}/2026-10";

        var json = await host.OkAsync(HttpMethod.Get, statement, host.Keys.Ops);
        using var request = new HttpRequestMessage(HttpMethod.Get, statement);
        request.Headers.Add("X-Api-Key", host.Keys.Ops);
        request.Headers.Accept.ParseAdd("text/csv");
        using var csv = await host.Client.SendAsync(request);
        using var csvByQuery = await host.Client.SendAsync(HttpMethod.Get, statement + "?format=csv", host.Keys.Ops);

        // 3 × 0.125 = 0.375 → 0.38; the minimum tops it up to 10.00; packing is not on the card: 2 lines unrated.
        Assert.Equal(("preview", 10.00m, 2), (json.GetProperty("status").GetString(), json.GetProperty("total").GetDecimal(), json.GetProperty("unratedCount").GetInt32()));
        Assert.Equal([0.38m, 9.62m], json.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("amount").GetDecimal()));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("owner,period,status,kind,service,basis,rateCardVersion,quantity,unitPrice,amount,currency,charges,reason\r\n", text, StringComparison.Ordinal);
        Assert.Contains("acme,2026-10,preview,charge,picking,unit,2026-10-01,3,0.125,0.38,EUR,1,\r\n", text, StringComparison.Ordinal);
        Assert.Contains("acme,2026-10,preview,minimum,minimum,month,2026-10-01,1,10,9.62,EUR,0,\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text, await csvByQuery.Content.ReadAsStringAsync());

        var unrated = await host.OkAsync(HttpMethod.Get, $"/api/ops/billing/charges?owner={TestKeys.PublisherAId}&period=2026-10&status=unrated&pageSize=1", host.Keys.Ops);
        Assert.Single(unrated.GetProperty("items").EnumerateArray());
        Assert.NotNull(unrated.GetProperty("continuationToken").GetString());

        // Packing is still not on the card: a re-rate prices nothing, and the close refuses the flagged lines.
        var rerate = await host.OkAsync(HttpMethod.Post, $"/api/ops/billing/charges/{TestKeys.PublisherAId}/2026-10/rerate", host.Keys.Ops);
        Assert.Equal(0, rerate.GetProperty("rated").GetInt32());
        using var refused = await host.Client.SendAsync(HttpMethod.Post, statement + "/close", host.Keys.Ops);
        using var running = await host.Client.SendAsync(HttpMethod.Post, $"/api/ops/billing/statements/{TestKeys.PublisherAId}/2026-11/close?acceptUnrated=true", host.Keys.Ops);
        var closed = await host.OkAsync(HttpMethod.Post, statement + "/close?acceptUnrated=true", host.Keys.Ops);
        var closedAgain = await host.OkAsync(HttpMethod.Post, statement + "/close", host.Keys.Ops);

        Assert.Equal((HttpStatusCode.Conflict, HttpStatusCode.Conflict), (refused.StatusCode, running.StatusCode));
        Assert.Equal(("closed", 10.00m), (closed.GetProperty("status").GetString(), closed.GetProperty("total").GetDecimal()));
        Assert.Equal(closed.GetRawText(), closedAgain.GetRawText());
        Assert.Equal(closed.GetRawText(), (await host.OkAsync(HttpMethod.Get, statement, host.Keys.Ops)).GetRawText());
        var blobs = host.App.Get<IBlobStore>();
        Assert.Equal("text/csv", (await blobs.GetAsync("reports/acme/statements/2026-10.csv"))!.ContentType);
        Assert.Equal("application/json", (await blobs.GetAsync("reports/acme/statements/2026-10.json"))!.ContentType);
    }

    [Fact]
    public async Task A_dock_arrival_may_report_its_pallets_for_the_per_pallet_charge()
    {
        await using var host = await InboundHost.StartAsync();
        await host.OkAsync(HttpMethod.Put, $"{Cards}/2026-11-01", host.Keys.Ops, """{"currency":"EUR","rates":[{"service":"receiving","basis":"pallet","price":12.5}]}""");
        await host.OkAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA,
            """{"noticeNumber":"PAL-1","type":"shipNotice","expectedDate":"2026-11-22","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":20,"unit":"EA"}]}""");
        const string arrival = $"/api/notices/{TestKeys.PublisherAId}~PAL-1/arrival";

        using var bad = await host.Client.SendAsync(HttpMethod.Post, arrival + "?pallets=0", host.Keys.Floor);
        await host.OkAsync(HttpMethod.Post, arrival + "?pallets=2", host.Keys.Floor);
        await host.App.Get<EventConsumer>().DrainAsync(host.App.Get<BillingRater>(), TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("/pallets", (await bad.JsonAsync()).GetProperty("errors")[0].GetProperty("pointer").GetString());
        var line = Assert.Single((await host.OkAsync(HttpMethod.Get, $"/api/ops/billing/charges?owner={TestKeys.PublisherAId}&period=2026-11&status=rated", host.Keys.Ops))
            .GetProperty("items").EnumerateArray());
        Assert.Equal(("pallet", 2m), (line.GetProperty("basis").GetString(), line.GetProperty("quantity").GetDecimal()));
    }

    [Fact]
    public async Task The_storage_snapshot_timer_takes_yesterday_for_every_publisher_once()
    {
        await using var host = await InboundHost.StartAsync();

        await host.RunTimerAsync("TakeStorageSnapshots");
        await host.RunTimerAsync("TakeStorageSnapshots");

        var container = await host.App.Get<WarehouseStore>().ContainerAsync(CancellationToken.None);
        foreach (var owner in new[] { TestKeys.PublisherAId, TestKeys.PublisherBId })
        {
            var snapshot = await container.ReadAsync<StorageSnapshotDocument>(StorageSnapshotDocument.IdOf(new DateOnly(2026, 11, 20)), owner, CancellationToken.None);
            Assert.Equal(0, snapshot!.Value.Units);
            Assert.Null(await container.ReadAsync<StorageSnapshotDocument>(StorageSnapshotDocument.IdOf(new DateOnly(2026, 11, 19)), owner, CancellationToken.None));
        }
    }

    private static Task<bool> ApplyAsync(InboundHost host, WarehouseEvent warehouseEvent) =>
        host.App.Get<EventConsumer>().ApplyOnceAsync(host.App.Get<BillingRater>(), warehouseEvent, CancellationToken.None);
}
