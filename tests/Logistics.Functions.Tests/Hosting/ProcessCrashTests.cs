using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Hosting;

/// <summary>
/// The local runtime as a real process, killed with SIGKILL in the middle of a notice: after a restart on the same data
/// the notice's orchestration resumes and completes, and the stock equals its ledger.
/// </summary>
public sealed class ProcessCrashTests : IDisposable
{
    private const string PublisherKey = "test-publisher-key-0123456789abcdef0123";
    private const string FloorKey = "test-floor-key-0123456789abcdef01234567";
    private const string OpsKey = "test-ops-key-0123456789abcdef0123456789";
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("logistics-crash-").FullName;

    private static readonly Dictionary<string, string> Environment = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Demo__PublisherKey"] = PublisherKey,
        ["Demo__FloorKey"] = FloorKey,
        ["Demo__OpsKey"] = OpsKey,
    };

    public void Dispose() => Directory.Delete(_workingDirectory, recursive: true);

    [Fact]
    public async Task A_notice_interrupted_by_a_kill_resumes_after_restart_and_completes()
    {
        const string noticeId = "demo-publisher~CRASH-1";
        await using (var first = await AppProcess.StartAsync(_workingDirectory, Environment))
        {
            await SendAsync(first.Client, HttpMethod.Put, "/api/items/CRASH-ITEM", PublisherKey, """{"description":"Crash test item","lotControlled":true}""");
            var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var lines = string.Join(',', Enumerable.Range(1, 12).Select(i => $$"""{"lineNumber":{{i}},"sku":"CRASH-ITEM","quantity":{{i}},"unit":"EA","lot":"LOT-{{i}}"}"""));
            await SendAsync(first.Client, HttpMethod.Post, "/api/notices", PublisherKey,
                $$"""{"noticeNumber":"CRASH-1","type":"shipNotice","expectedDate":"{{tomorrow}}","lines":[{{lines}}]}""");
            await SendAsync(first.Client, HttpMethod.Post, $"/api/notices/{noticeId}/arrival", FloorKey, null);
            for (var i = 1; i <= 12; i++)
            {
                await SendAsync(first.Client, HttpMethod.Post, $"/api/notices/{noticeId}/scans", FloorKey,
                    $$"""{"scanId":"s{{i}}","sku":"CRASH-ITEM","lot":"LOT-{{i}}","quantity":{{i}}}""");
            }

            // The last scan closed the receipt and raised the milestone: the orchestration is planning putaway now.
            await first.KillAsync();
        }

        await using var second = await AppProcess.StartAsync(_workingDirectory, Environment);
        var putaway = await WaitForNoticeAsync(second.Client, noticeId, n => n.GetProperty("putawayTasks").GetArrayLength() > 0 && Stage(n) == "Putaway");
        foreach (var task in putaway.GetProperty("putawayTasks").EnumerateArray())
        {
            await SendAsync(second.Client, HttpMethod.Post, $"/api/notices/{noticeId}/putaway/{task.GetProperty("taskNumber").GetInt32()}/confirm", FloorKey, null);
        }

        var done = await WaitForNoticeAsync(second.Client, noticeId, n => n.GetProperty("runtimeStatus").GetString() == "Completed");
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        var balances = await SendAsync(second.Client, HttpMethod.Get, "/api/inventory?sku=CRASH-ITEM", PublisherKey, null);
        Assert.Equal(Enumerable.Range(1, 12).Sum(), balances.EnumerateArray().Where(b => b.GetProperty("status").GetString() == "OnHand").Sum(b => b.GetProperty("quantity").GetInt64()));
        Assert.DoesNotContain(balances.EnumerateArray(), b => b.GetProperty("status").GetString() == "PendingIn" && b.GetProperty("quantity").GetInt64() != 0);
        Assert.Equal(0, await second.InterruptAsync());
    }

    [Fact]
    public async Task Events_committed_before_a_kill_reach_billing_and_reporting_once_after_restart()
    {
        const string noticeId = "demo-publisher~CRASH-EV";
        // The first process runs no consumer (the host's switch), so its events are only in the queue when it dies.
        var consumersOff = new Dictionary<string, string>(Environment)
        {
            ["AzureWebJobs__BillingEvents__Disabled"] = "true",
            ["AzureWebJobs__ReportingEvents__Disabled"] = "true",
        };
        await using (var first = await AppProcess.StartAsync(_workingDirectory, consumersOff))
        {
            await SendAsync(first.Client, HttpMethod.Put, "/api/items/CRASH-EV-ITEM", PublisherKey, """{"description":"Crash event item"}""");
            var month = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-01", System.Globalization.CultureInfo.InvariantCulture);
            await SendAsync(first.Client, HttpMethod.Put, $"/api/ops/billing/rate-cards/demo-publisher/{month}", OpsKey,
                """{"currency":"EUR","rates":[{"service":"receiving","basis":"pallet","price":12.5}]}""");
            var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await SendAsync(first.Client, HttpMethod.Post, "/api/notices", PublisherKey,
                $$"""{"noticeNumber":"CRASH-EV","type":"shipNotice","expectedDate":"{{tomorrow}}","lines":[{"lineNumber":1,"sku":"CRASH-EV-ITEM","quantity":6,"unit":"EA"}]}""");
            await SendAsync(first.Client, HttpMethod.Post, $"/api/notices/{noticeId}/arrival", FloorKey, null);
            await SendAsync(first.Client, HttpMethod.Post, $"/api/notices/{noticeId}/scans", FloorKey, """{"scanId":"e1","sku":"CRASH-EV-ITEM","quantity":2}""");

            // Each answer came after its state change and event committed together; SIGKILL now.
            await first.KillAsync();
        }

        // Polled until the next consumer run (within 30 s): more requests than the default rate limit allows.
        await using var second = await AppProcess.StartAsync(_workingDirectory, new Dictionary<string, string>(Environment) { ["RateLimiting__PermitsPerWindow"] = "100000" });
        // Of the three events only the arrival is billable (per pallet, flagged for its missing pallet count).
        string[] events = [$"{noticeId}/accepted", $"{noticeId}/arrived", $"{noticeId}/scan/e1"];
        JsonElement charges = default;
        await Eventually.TrueAsync(
            async () =>
            {
                charges = await SendAsync(second.Client, HttpMethod.Get, "/api/ops/billing/charges?owner=demo-publisher&status=unrated", OpsKey, null);
                return charges.GetProperty("items").GetArrayLength() >= 1;
            },
            "the billing consumer of the restarted process to drain the events",
            TimeSpan.FromSeconds(90));
        var ids = charges.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("eventId").GetString()!).ToList();
        Assert.Equal([$"{noticeId}/arrived"], ids);
        await Eventually.TrueAsync(
            async () =>
            {
                var days = await SendAsync(second.Client, HttpMethod.Get, "/api/activity", PublisherKey, null);
                return days.EnumerateArray().Sum(d => d.GetProperty("events").EnumerateObject().Sum(e => e.Value.GetInt64())) == events.Length;
            },
            "the reporting consumer to count every event once",
            TimeSpan.FromSeconds(90));
        Assert.Equal(0, await second.InterruptAsync());
    }

    private static string? Stage(JsonElement notice) =>
        notice.TryGetProperty("customStatus", out var status) && status.ValueKind == JsonValueKind.Object ? status.GetProperty("stage").GetString() : null;

    private static async Task<JsonElement> WaitForNoticeAsync(HttpClient client, string noticeId, Func<JsonElement, bool> until)
    {
        JsonElement notice = default;
        await Eventually.TrueAsync(
            async () =>
            {
                notice = await SendAsync(client, HttpMethod.Get, $"/api/notices/{noticeId}", PublisherKey, null);
                return until(notice);
            },
            $"notice {noticeId} to move on");
        return notice;
    }

    private static async Task<JsonElement> SendAsync(HttpClient client, HttpMethod method, string path, string key, string? json)
    {
        using var response = await client.SendAsync(method, path, key, json);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted, $"{method} {path}: {(int)response.StatusCode} {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
