using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Inbound;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Alerts;

/// <summary>
/// The stock alerts as the app runs them: settings over HTTP, the alerts consumer's timer firing on the test clock, the
/// publisher's and ops' lists, and settings refused with a problem naming the member.
/// </summary>
public sealed class AlertFunctionTests
{
    private const string Threshold10 = """{"lowStockThreshold":0,"expiryWindowDays":30,"skuThresholds":[{"sku":"BOOK-002","threshold":10}]}""";

    [Fact]
    public async Task An_alert_raised_by_new_settings_is_listed_and_cleared_by_the_consumer_after_a_restock()
    {
        // The test polls the alert list; the manual clock never ends a rate-limit window by itself.
        await using var host = await InboundHost.StartAsync(settings: new Dictionary<string, string?> { ["RateLimiting:PermitsPerWindow"] = "100000" });
        var defaults = await host.OkAsync(HttpMethod.Get, "/api/alerts/settings", host.Keys.PublisherA);
        Assert.Equal((true, 0, 30, "UTC"), (defaults.GetProperty("isDefault").GetBoolean(), defaults.GetProperty("lowStockThreshold").GetInt32(),
            defaults.GetProperty("expiryWindowDays").GetInt32(), defaults.GetProperty("timeZone").GetString()));
        await ReceiveAsync(host, "AL-1", 8);

        // A threshold of 10 for an item with 8 available: the settings' own evaluation raises the alert at once.
        var stored = await host.OkAsync(HttpMethod.Put, "/api/alerts/settings", host.Keys.PublisherA, Threshold10);
        Assert.False(stored.GetProperty("isDefault").GetBoolean());
        var alert = Assert.Single((await host.OkAsync(HttpMethod.Get, "/api/alerts", host.Keys.PublisherA)).GetProperty("items").EnumerateArray());
        Assert.Equal(("LowStock", "Active", "BOOK-002", 8, 10, 1),
            (alert.GetProperty("kind").GetString(), alert.GetProperty("state").GetString(), alert.GetProperty("sku").GetString(),
             alert.GetProperty("value").GetInt32(), alert.GetProperty("threshold").GetInt32(), alert.GetProperty("occurrence").GetInt32()));
        var forOps = await host.OkAsync(HttpMethod.Get, $"/api/ops/alerts?owner={TestKeys.PublisherAId}", host.Keys.Ops);
        Assert.Equal(alert.GetProperty("id").GetString(), Assert.Single(forOps.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Empty((await host.OkAsync(HttpMethod.Get, "/api/alerts", host.Keys.PublisherB)).GetProperty("items").EnumerateArray());

        // Restock: a notice for 5 more counts as pending in (available 13); the alerts consumer's timer clears the alert.
        await host.OkAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA,
            """{"noticeNumber":"AL-2","type":"shipNotice","expectedDate":"2026-11-22","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":5,"unit":"EA"}]}""");
        await host.Time.WaitForTimersAsync(1);
        host.Time.Advance(TimeSpan.FromSeconds(30));
        await Eventually.TrueAsync(
            async () => (await host.OkAsync(HttpMethod.Get, "/api/alerts", host.Keys.PublisherA)).GetProperty("items").GetArrayLength() == 0,
            "the alerts consumer to clear the low-stock alert", InboundHost.WorkerTimeout);

        // The 15-minute pass finds nothing to change; every alert ever raised is still listed with state=all.
        await host.RunTimerAsync("EvaluateStockAlerts");
        var all = Assert.Single((await host.OkAsync(HttpMethod.Get, "/api/alerts?state=all", host.Keys.PublisherA)).GetProperty("items").EnumerateArray());
        Assert.Equal(("Cleared", 13, 1), (all.GetProperty("state").GetString(), all.GetProperty("value").GetInt32(), all.GetProperty("occurrence").GetInt32()));
        Assert.Equal(JsonValueKind.String, all.GetProperty("clearedAt").ValueKind);
    }

    [Theory]
    [InlineData("{}", "/lowStockThreshold")]
    [InlineData("""{"lowStockThreshold":5}""", "/expiryWindowDays")]
    [InlineData("""{"lowStockThreshold":-1,"expiryWindowDays":30}""", "/lowStockThreshold")]
    [InlineData("""{"lowStockThreshold":"5","expiryWindowDays":30}""", "/lowStockThreshold")]
    [InlineData("""{"lowStockThreshold":5,"expiryWindowDays":4000}""", "/expiryWindowDays")]
    [InlineData("""{"lowStockThreshold":5,"expiryWindowDays":30,"window":7}""", "/window")]
    [InlineData("""{"lowStockThreshold":5,"expiryWindowDays":30,"skuThresholds":[{"sku":"BOOK 002","threshold":3}]}""", "/skuThresholds/0/sku")]
    [InlineData("""{"lowStockThreshold":5,"expiryWindowDays":30,"skuThresholds":[{"sku":"BOOK-002","threshold":-3}]}""", "/skuThresholds/0/threshold")]
    [InlineData("""{"lowStockThreshold":5,"expiryWindowDays":30,"skuThresholds":[{"sku":"BOOK-002","threshold":3},{"sku":"BOOK-002","threshold":4}]}""", "/skuThresholds/1/sku")]
    [InlineData("""{"lowStockThreshold":5,"expiryWindowDays":30,"skuThresholds":[{"threshold":3}]}""", "/skuThresholds/0/sku")]
    public async Task Bad_settings_get_a_problem_naming_the_member_and_change_nothing(string body, string pointer)
    {
        await using var host = await InboundHost.StartAsync();
        await host.OkAsync(HttpMethod.Put, "/api/alerts/settings", host.Keys.PublisherA, Threshold10);

        using var response = await host.Client.SendAsync(HttpMethod.Put, "/api/alerts/settings", host.Keys.PublisherA, body);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Contains(pointer, problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()));
        var settings = await host.OkAsync(HttpMethod.Get, "/api/alerts/settings", host.Keys.PublisherA);
        Assert.Equal(10, Assert.Single(settings.GetProperty("skuThresholds").EnumerateArray()).GetProperty("threshold").GetInt32());
    }

    [Theory]
    [InlineData("/api/alerts?state=closed", "publisher", "/state")]
    [InlineData("/api/alerts?pageSize=0", "publisher", "/pageSize")]
    [InlineData("/api/ops/alerts", "ops", "/owner")]
    public async Task Bad_queries_get_a_problem_naming_the_parameter(string path, string caller, string pointer)
    {
        await using var host = await InboundHost.StartAsync();

        using var response = await host.Client.SendAsync(HttpMethod.Get, path, caller == "ops" ? host.Keys.Ops : host.Keys.PublisherA);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(pointer, (await response.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()));
    }

    /// <summary>A JSON notice of <paramref name="units"/> of BOOK-002, received in full and put away over the API.</summary>
    private static async Task ReceiveAsync(InboundHost host, string number, int units)
    {
        var notice = await host.OkAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA,
            $$"""{"noticeNumber":"{{number}}","type":"shipNotice","expectedDate":"2026-11-21","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":{{units}},"unit":"EA"}]}""");
        var noticeId = notice.GetProperty("noticeId").GetString()!;
        await host.WaitForNoticeAsync(noticeId, n => InboundHost.AtStage(n, "AwaitingArrival"), "awaiting arrival");
        await host.OkAsync(HttpMethod.Post, $"/api/notices/{noticeId}/arrival", host.Keys.Floor);
        await host.OkAsync(HttpMethod.Post, $"/api/notices/{noticeId}/scans", host.Keys.Floor, $$"""{"scanId":"{{number}}-s1","sku":"BOOK-002","quantity":{{units}}}""");
        await host.WaitForNoticeAsync(noticeId, n => InboundHost.AtStage(n, "Putaway"), "putaway");
        var tasks = await host.OkAsync(HttpMethod.Get, $"/api/putaway-tasks?noticeId={Uri.EscapeDataString(noticeId)}", host.Keys.Floor);
        foreach (var task in tasks.EnumerateArray())
        {
            await host.OkAsync(HttpMethod.Post, task.GetProperty("confirmUri").GetString()!, host.Keys.Floor);
        }

        await host.WaitForNoticeAsync(noticeId, n => n.GetProperty("runtimeStatus").GetString() == "Completed", "completion");
    }
}
