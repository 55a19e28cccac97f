using System.Net;
using System.Text.Json;
using Logistics.Functions.Dashboard;
using Logistics.Functions.Tests.Inbound;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Dashboard;

/// <summary>The dashboard's page and data over HTTP (its browser tests are in Logistics.Dashboard.Tests).</summary>
public sealed class DashboardEndpointTests
{
    [Fact]
    public async Task The_page_is_served_without_a_key_with_a_strict_content_security_policy_and_nothing_else_is()
    {
        await using var host = await InboundHost.StartAsync();

        // A bare /api/dashboard moves to /api/dashboard/, which the page's relative links need.
        using var bare = await host.Client.SendAsync(HttpMethod.Get, "/api/dashboard", null);
        Assert.Equal(HttpStatusCode.OK, bare.StatusCode);
        Assert.Equal("/api/dashboard/", bare.RequestMessage!.RequestUri!.AbsolutePath);

        using var page = await host.Client.SendAsync(HttpMethod.Get, "/api/dashboard/", null);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("<script type=\"module\" src=\"js/app.js\"></script>", html, StringComparison.Ordinal);

        // Every asset is served, and none of them names another origin or loads from a CDN.
        foreach (var asset in DashboardAssets.All.Values)
        {
            using var response = await host.Client.SendAsync(HttpMethod.Get, "/api/dashboard/" + asset.Path, null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch(@"(src|href)\s*=\s*[""']?(https?:)?//", text);
            Assert.DoesNotMatch(@"(fetch|import)\s*\(\s*[""'`](https?:)?//", text);
            Assert.DoesNotContain("style=", text, StringComparison.Ordinal);
        }

        Assert.Contains("js/app.js", DashboardAssets.All.Keys);
        using var unchanged = new HttpRequestMessage(HttpMethod.Get, "/api/dashboard/js/app.js");
        unchanged.Headers.TryAddWithoutValidation("If-None-Match", DashboardAssets.Find("js/app.js")!.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await host.Client.SendAsync(unchanged)).StatusCode);
        using var missing = await host.Client.SendAsync(HttpMethod.Get, "/api/dashboard/../host.json", null);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var unknown = await host.Client.SendAsync(HttpMethod.Get, "/api/dashboard/secrets.json", null);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("urn:logistics:problem:not-found", (await unknown.JsonAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Instance_statistics_count_per_status_by_publisher_and_orchestration_and_refuse_unknown_filters()
    {
        await using var host = await InboundHost.StartAsync();
        foreach (var (key, number, sku) in new[] { (host.Keys.PublisherA, "ST-1", "BOOK-002"), (host.Keys.PublisherA, "ST-2", "BOOK-002"), (host.Keys.PublisherB, "ST-3", "GLX-1") })
        {
            await host.OkAsync(HttpMethod.Post, "/api/notices", key,
                $$"""{"noticeNumber":"{{number}}","type":"shipNotice","expectedDate":"2026-11-23","lines":[{"lineNumber":1,"sku":"{{sku}}","quantity":1,"unit":"EA"}]}""");
        }

        using (var terminated = await host.Client.SendAsync(HttpMethod.Post, "/api/runtime/webhooks/durabletask/instances/inbound~acme~ST-2/terminate?reason=test", host.Keys.Ops))
        {
            Assert.Equal(HttpStatusCode.Accepted, terminated.StatusCode);
        }

        var acme = await host.OkAsync(HttpMethod.Get, "/api/ops/dashboard/instance-stats?publisher=acme", host.Keys.Ops);
        Assert.Equal(["inbound~acme~", "outbound~acme~", "report~acme~", "valueadded~acme~", "return~acme~"], acme.GetProperty("prefixes").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(2, acme.GetProperty("total").GetInt32());
        Assert.Equal(1, acme.GetProperty("counts").GetProperty("Terminated").GetInt32());
        Assert.Equal(2, acme.GetProperty("histogram").GetProperty("buckets").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()));

        var running = await host.OkAsync(HttpMethod.Get, "/api/ops/dashboard/instance-stats?runtimeStatus=Running&name=InboundNoticeOrchestrator", host.Keys.Ops);
        Assert.Equal(3, running.GetProperty("total").GetInt32());
        Assert.Equal(2, running.GetProperty("histogram").GetProperty("buckets").EnumerateArray().Sum(b => b.GetProperty("count").GetInt32()));

        using var bad = await host.Client.SendAsync(HttpMethod.Get, "/api/ops/dashboard/instance-stats?name=Nope&runtimeStatus=Sleeping", host.Keys.Ops);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var pointers = (await bad.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()).ToList();
        Assert.Contains("/name", pointers);
        Assert.Contains("/runtimeStatus", pointers);
    }

    [Fact]
    public async Task Work_lists_what_each_notice_order_and_return_waits_for_overdue_first_across_publishers()
    {
        await using var host = await InboundHost.StartAsync();
        await host.OkAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherB,
            """{"noticeNumber":"W-1","type":"shipNotice","expectedDate":"2026-11-25","lines":[{"lineNumber":1,"sku":"GLX-1","quantity":1,"unit":"EA"}]}""");
        await host.OkAsync(HttpMethod.Post, "/api/orders", host.Keys.PublisherA,
            """{"orderNumber":"W-2","shipBy":"2026-11-21","shipTo":{"name":"K","addressLines":["M 3"],"city":"Halle","postalCode":"06108","country":"DE"},"lines":[{"lineNumber":1,"sku":"BOOK-001","quantity":2,"unit":"EA"}]}""");
        await host.OkAsync(HttpMethod.Post, "/api/returns", host.Keys.PublisherA,
            """{"returnNumber":"W-3","expectedDate":"2026-11-24","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":2,"unit":"EA","reason":"unsold"}]}""");
        await WaitForAsync(host, "inbound~globex~W-1", "DockArrival");
        await WaitForAsync(host, "outbound~acme~W-2", "StockArrived");
        await WaitForAsync(host, "return~acme~W-3", "ReturnArrived");

        var before = await host.OkAsync(HttpMethod.Get, "/api/ops/dashboard/work", host.Keys.Ops);
        Assert.Equal(["acme~W-2", "acme~W-3", "globex~W-1"], Items(before).Select(i => i.GetProperty("id").GetString()));
        Assert.All(Items(before), i => Assert.False(i.GetProperty("overdue").GetBoolean()));

        host.Time.Advance(TimeSpan.FromDays(1));
        var after = await host.OkAsync(HttpMethod.Get, "/api/ops/dashboard/work", host.Keys.Ops);
        var (order, returned, notice) = (Items(after)[0], Items(after)[1], Items(after)[2]);
        Assert.Equal(("order", "acme~W-2", "AwaitingStock", "StockArrived", "stock", true),
            (order.GetProperty("kind").GetString(), order.GetProperty("id").GetString(), order.GetProperty("stage").GetString(), order.GetProperty("waitingFor").GetString(),
                order.GetProperty("waitingOn").GetString(), order.GetProperty("overdue").GetBoolean()));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero), order.GetProperty("until").GetDateTimeOffset());
        Assert.Equal(("notice", "globex", "DockArrival", "carrier", false),
            (notice.GetProperty("kind").GetString(), notice.GetProperty("ownerId").GetString(), notice.GetProperty("waitingFor").GetString(),
                notice.GetProperty("waitingOn").GetString(), notice.GetProperty("overdue").GetBoolean()));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), notice.GetProperty("until").GetDateTimeOffset());
        Assert.Equal(("return", "AwaitingArrival", "ReturnArrived", "carrier", false),
            (returned.GetProperty("kind").GetString(), returned.GetProperty("stage").GetString(), returned.GetProperty("waitingFor").GetString(),
                returned.GetProperty("waitingOn").GetString(), returned.GetProperty("overdue").GetBoolean()));
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), returned.GetProperty("until").GetDateTimeOffset());
    }

    [Fact]
    public async Task Dead_letters_are_listed_per_subscription_and_a_redrive_names_a_real_subscription()
    {
        await using var host = await InboundHost.StartAsync();
        var report = await host.OkAsync(HttpMethod.Get, "/api/ops/events/dead-letters", host.Keys.Ops);
        Assert.Equal("warehouse-events", report.GetProperty("topic").GetString());
        Assert.Equal(["billing", "reporting", "alerts"], report.GetProperty("subscriptions").EnumerateArray().Select(s => s.GetProperty("name").GetString()));

        using var unknown = await host.Client.SendAsync(HttpMethod.Post, "/api/ops/events/dead-letters/redrive", host.Keys.Ops, """{"subscription":"audit"}""");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("/subscription", (await unknown.JsonAsync()).GetProperty("errors")[0].GetProperty("pointer").GetString());
        var none = await host.OkAsync(HttpMethod.Post, "/api/ops/events/dead-letters/redrive", host.Keys.Ops, """{"subscription":"billing","sequenceNumbers":[12345]}""");
        Assert.Equal(0, none.GetProperty("redriven").GetInt32());
    }

    private static List<JsonElement> Items(JsonElement work) => [.. work.GetProperty("items").EnumerateArray()];

    private static async Task WaitForAsync(InboundHost host, string instanceId, string milestone)
    {
        await Eventually.TrueAsync(
            async () =>
            {
                var instance = await (await host.Client.SendAsync(HttpMethod.Get, $"/api/runtime/webhooks/durabletask/instances/{instanceId}", host.Keys.Ops)).JsonAsync();
                return instance.TryGetProperty("customStatus", out var status) && status.ValueKind == JsonValueKind.Object && status.GetProperty("waitingFor").GetString() == milestone;
            },
            $"{instanceId} to wait for {milestone}");
    }
}
