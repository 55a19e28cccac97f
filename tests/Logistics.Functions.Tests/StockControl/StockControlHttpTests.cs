using System.Net;
using Logistics.Application.Inventory;
using Logistics.Application.Reports;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;
using Logistics.Edi.X12;
using Logistics.Functions.Tests.Inbound;
using Logistics.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Functions.Tests.StockControl;

/// <summary>Stock control over HTTP: must-show 2 end to end, moves confirmed by scans, a quarantine and its release.</summary>
public sealed class StockControlHttpTests
{
    [Fact]
    public async Task A_cycle_count_with_a_variance_posts_one_adjustment_serves_its_947_and_cannot_post_twice()
    {
        await using var host = await InboundHost.StartAsync();
        var keys = host.Keys;
        await StockAsync(host, "BOOK-001", "LOT-A1", "A-01-01", 20);
        await StockAsync(host, "DVD-003", null, "B-01-01", 6);

        var count = await host.OkAsync(HttpMethod.Post, "/api/ops/counts", keys.Ops, """{"ownerId":"acme","countNumber":"CC-1","scope":"item","sku":"BOOK-001"}""");
        Assert.Equal("acme~CC-1", count.GetProperty("countId").GetString());
        var tasks = await host.OkAsync(HttpMethod.Get, "/api/count-tasks", keys.Floor);
        var task = Assert.Single(tasks.EnumerateArray());
        Assert.Equal(("A-01-01", 1), (task.GetProperty("location").GetString(), task.GetProperty("taskNumber").GetInt32()));
        Assert.DoesNotContain("20", task.ToString(), StringComparison.Ordinal);

        // A wrong location is refused; the count of the right one records 18 (scanned by barcode).
        using (var wrong = await host.Client.SendAsync(HttpMethod.Post, "/api/counts/acme~CC-1/tasks/1", keys.Floor,
            """{"location":"A-01-02","lines":[{"barcode":"9780306406157","lot":"LOT-A1","units":18}]}"""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal("/location", (await wrong.JsonAsync()).GetProperty("errors")[0].GetProperty("pointer").GetString());
        }

        var record = """{"location":"A-01-01","lines":[{"barcode":"9780306406157","lot":"LOT-A1","units":18}]}""";
        await host.OkAsync(HttpMethod.Post, "/api/counts/acme~CC-1/tasks/1", keys.Floor, record);
        await host.OkAsync(HttpMethod.Post, "/api/counts/acme~CC-1/tasks/1", keys.Floor, record);
        var posted = await host.OkAsync(HttpMethod.Post, "/api/ops/counts/acme~CC-1/post", keys.Ops);
        var again = await host.OkAsync(HttpMethod.Post, "/api/ops/counts/acme~CC-1/post", keys.Ops);

        Assert.Equal("Posted", posted.GetProperty("status").GetString());
        Assert.Equal(posted.GetProperty("postedAt").GetString(), again.GetProperty("postedAt").GetString());
        var variance = Assert.Single(posted.GetProperty("variances").EnumerateArray());
        Assert.Equal((-2L, "countLoss"), (variance.GetProperty("variance").GetInt64(), variance.GetProperty("reason").GetString()));

        // The ledger holds one adjustment; the balance and the current-stock list say 18.
        var ledger = await host.OkAsync(HttpMethod.Get, "/api/inventory/ledger?sku=BOOK-001", keys.PublisherA);
        var adjustments = ledger.GetProperty("movements").EnumerateArray().Where(m => m.GetProperty("sourceReference").GetString() == "count/acme/CC-1").ToList();
        Assert.Equal(-2, Assert.Single(adjustments).GetProperty("delta").GetInt64());
        var balances = await host.OkAsync(HttpMethod.Get, "/api/inventory?sku=BOOK-001&status=OnHand", keys.PublisherA);
        Assert.Equal(18, Assert.Single(balances.EnumerateArray()).GetProperty("quantity").GetInt64());
        var stock = await host.App.Services.GetRequiredService<StockReports>().CurrentStockAsync("acme", host.Time.GetUtcNow(), CancellationToken.None);
        Assert.Equal((18L, 6L), (stock.Lines.Single(l => l.Sku == "BOOK-001").OnHand, stock.Lines.Single(l => l.Sku == "DVD-003").OnHand));

        // The owner reads its 947 as X12 (parsed back) and as JSON; another owner sees nothing.
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/counts/acme~CC-1/adjustments"))
        {
            request.Headers.Add("X-Api-Key", keys.PublisherA);
            request.Headers.Add("Accept", "application/edi-x12");
            using var response = await host.Client.SendAsync(request);
            var read = X12Reader.Read(await response.Content.ReadAsStringAsync());
            Assert.True(read.IsValid, string.Join("; ", read.Errors));
            var set = Assert.Single(Assert.Single(read.Interchange!.Groups).TransactionSets);
            Assert.Equal("947", set.IdCode);
            var w19 = Assert.Single(set.Segments, s => s.Id == "W19");
            Assert.Equal(["AA", "-2", "EA", "", "SK", "BOOK-001", "", "", "LOT-A1"], w19.Elements);
        }

        var json = await host.OkAsync(HttpMethod.Get, "/api/counts/acme~CC-1/adjustments", keys.PublisherA);
        Assert.Equal(("CC-1", "AA", -2L), (json.GetProperty("adjustmentNumber").GetString(), json.GetProperty("lines")[0].GetProperty("reasonCode").GetString(),
            json.GetProperty("lines")[0].GetProperty("variance").GetInt64()));
        using (var foreign = await host.Client.SendAsync(HttpMethod.Get, "/api/counts/acme~CC-1/adjustments", keys.PublisherB))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        // The same 947 lies beside the owner's reports.
        var files = await host.OkAsync(HttpMethod.Get, "/api/reports?kind=adjustments", keys.PublisherA);
        Assert.Equal("CC-1.x12", Assert.Single(files.EnumerateArray()).GetProperty("file").GetString());
        using (var file = await host.Client.SendAsync(HttpMethod.Get, "/api/reports/files/adjustments/CC-1.x12", keys.PublisherA))
        {
            Assert.Contains("W19*AA*-2*EA", await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_daily_count_timer_creates_one_count_of_yesterdays_moved_locations_per_owner()
    {
        await using var host = await InboundHost.StartAsync();
        await StockAsync(host, "BOOK-001", "LOT-A1", "A-01-04", 3);
        await host.RunTimerAsync("CreateDailyCounts");
        Assert.Empty((await host.OkAsync(HttpMethod.Get, "/api/count-tasks", host.Keys.Floor)).EnumerateArray());

        host.Time.Advance(TimeSpan.FromDays(1));
        await host.RunTimerAsync("CreateDailyCounts");
        await host.RunTimerAsync("CreateDailyCounts");

        var tasks = (await host.OkAsync(HttpMethod.Get, "/api/count-tasks", host.Keys.Floor)).EnumerateArray().ToList();
        Assert.Equal([("acme~DAILY-20261121", "A-01-04")], tasks.Select(t => (t.GetProperty("countId").GetString(), t.GetProperty("location").GetString())));
        var count = await host.OkAsync(HttpMethod.Get, "/api/ops/counts/acme~DAILY-20261121", host.Keys.Ops);
        Assert.Equal(("daily", "2026-11-21"), (count.GetProperty("scope").GetString(), count.GetProperty("date").GetString()));
    }

    [Fact]
    public async Task A_move_is_confirmed_by_its_scans_once_and_a_quarantine_blocks_free_stock_until_released()
    {
        await using var host = await InboundHost.StartAsync();
        var keys = host.Keys;
        await StockAsync(host, "BOOK-001", "LOT-A1", "A-01-01", 20);
        var move = """{"ownerId":"acme","moveNumber":"MV-1","sku":"BOOK-001","lot":"LOT-A1","fromLocation":"A-01-01","toLocation":"A-01-02","units":8}""";
        using (var created = await host.Client.SendAsync(HttpMethod.Post, "/api/ops/moves", keys.Ops, move))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        await host.OkAsync(HttpMethod.Post, "/api/ops/moves", keys.Ops, move);
        Assert.Single((await host.OkAsync(HttpMethod.Get, "/api/moves", keys.Floor)).EnumerateArray());
        using (var wrong = await host.Client.SendAsync(HttpMethod.Post, "/api/moves/acme~MV-1/confirm", keys.Floor,
            """{"fromLocation":"A-01-01","barcode":"9780306406157","lot":"LOT-A1","toLocation":"A-01-03","units":8}"""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal("/toLocation", (await wrong.JsonAsync()).GetProperty("errors")[0].GetProperty("pointer").GetString());
        }

        var scan = """{"fromLocation":"A-01-01","barcode":"9780306406157","lot":"LOT-A1","toLocation":"A-01-02","units":8}""";
        Assert.Equal("Done", (await host.OkAsync(HttpMethod.Post, "/api/moves/acme~MV-1/confirm", keys.Floor, scan)).GetProperty("status").GetString());
        await host.OkAsync(HttpMethod.Post, "/api/moves/acme~MV-1/confirm", keys.Floor, scan);
        Assert.Equal([("A-01-01", 12L), ("A-01-02", 8L)], await OnHandAsync(host));

        var quarantine = """{"changeId":"Q-1","ownerId":"acme","sku":"BOOK-001","lot":"LOT-A1","location":"A-01-02","units":8,"to":"quarantined","reason":"Recall 2026-17"}""";
        await host.OkAsync(HttpMethod.Post, "/api/ops/stock-status-changes", keys.Ops, quarantine);
        await host.OkAsync(HttpMethod.Post, "/api/ops/stock-status-changes", keys.Ops, quarantine);
        Assert.Equal([("A-01-01", 12L)], await OnHandAsync(host));
        await host.OkAsync(HttpMethod.Post, "/api/ops/stock-status-changes", keys.Ops,
            """{"changeId":"R-1","ownerId":"acme","sku":"BOOK-001","lot":"LOT-A1","location":"A-01-02","units":8,"to":"onHand","reason":"Recall lifted"}""");
        Assert.Equal([("A-01-01", 12L), ("A-01-02", 8L)], await OnHandAsync(host));
    }

    private static async Task<List<(string, long)>> OnHandAsync(InboundHost host) =>
        [.. (await host.OkAsync(HttpMethod.Get, "/api/inventory?sku=BOOK-001&status=OnHand", host.Keys.PublisherA)).EnumerateArray()
            .Select(b => (b.GetProperty("location").GetString()!, b.GetProperty("quantity").GetInt64()))];

    // Stock on the shelf as a putaway leaves it (the inbound flow is tested elsewhere).
    private static async Task StockAsync(InboundHost host, string sku, string? lot, string location, int units)
    {
        var key = new StockKey(OwnerId.Parse("acme"), Sku.Parse(sku), lot is null ? null : LotNumber.Parse(lot), LocationCode.Parse(location), StockStatus.OnHand);
        var step = $"seed/acme/{sku}/{location}";
        var movement = new StockMovement(MovementId.For(step), key, units, MovementType.Adjustment, host.Time.GetUtcNow(), step);
        await host.App.Services.GetRequiredService<StockPoster>().PostAsync("acme", _ => Task.FromResult((new StockPosting(step, [movement], null), 0)), CancellationToken.None);
    }
}
