using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Inbound;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Reports;

/// <summary>
/// The stock reports as the app runs them: the owner's schedules fire from the <c>RunReportSchedules</c> timer declaration
/// in the local runtime on the test clock, each run is a durable orchestration, and its files appear in blob storage and
/// through <c>/api/reports</c>.
/// </summary>
public sealed class ReportFunctionTests
{
    private const string Settings = """
        {"schedules":[
          {"name":"daily-stock","kind":"current-stock","cron":"0 0 * * *"},
          {"name":"daily-846","kind":"inventory-advice","cron":"0 0 * * *"},
          {"name":"monthly-ledger","kind":"stock-ledger","cron":"0 0 1 * *","period":"month","detail":true}
        ],"x12Id":"ACMEBOOKS"}
        """;

    [Fact]
    public async Task Scheduled_reports_fire_on_the_test_clock_and_their_files_appear_in_blob_storage()
    {
        // The test polls the file list while runs finish; the manual clock never ends a rate-limit window by itself.
        await using var host = await InboundHost.StartAsync(settings: new Dictionary<string, string?> { ["RateLimiting:PermitsPerWindow"] = "100000" });
        await host.OkAsync(HttpMethod.Put, "/api/reports/settings", host.Keys.PublisherA, Settings);

        // The first pass only notes when each schedule was first seen: no history is back-filled.
        await host.RunTimerAsync("RunReportSchedules");
        Assert.Empty((await host.OkAsync(HttpMethod.Get, "/api/reports", host.Keys.PublisherA)).EnumerateArray());

        await ReceiveAsync(host, "RPT-1", units: 5);

        // Midnight at the warehouse (UTC here): the timer fires by itself on the test clock and starts the day's runs.
        host.Time.Advance(new DateTimeOffset(2026, 11, 22, 0, 0, 30, TimeSpan.Zero) - host.Time.GetUtcNow());
        var files = await WaitForFilesAsync(host, "current-stock/2026-11-22.csv", "current-stock/2026-11-22.json", "inventory-advice/2026-11-22.x12");

        var csv = await DownloadAsync(host, files["current-stock/2026-11-22.csv"]);
        Assert.Equal(
            [
                "Owner SKU,Description,Specification,Lot,Pack unit,On hand,Pending in,Pending out,Available,Pending decision,Pending return to supplier,Pending processing",
                "BOOK-002,Novel,,,Case of 10,5,0,0,5,0,0,0",
            ],
            csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        var x12 = await DownloadAsync(host, files["inventory-advice/2026-11-22.x12"]);
        Assert.Contains("*ZZ*ACMEBOOKS      *", x12, StringComparison.Ordinal);
        Assert.Contains("ST*846*", x12, StringComparison.Ordinal);
        Assert.Contains("LIN*1*SK*BOOK-002~", x12, StringComparison.Ordinal);
        Assert.Contains("QTY*17*5*EA~", x12, StringComparison.Ordinal);
        Assert.Contains("QTY*33*5*EA~", x12, StringComparison.Ordinal);

        // The 1st of the month: November's ledger, with its movement detail, and every daily list in between.
        host.Time.Advance(new DateTimeOffset(2026, 12, 1, 0, 0, 30, TimeSpan.Zero) - host.Time.GetUtcNow());
        files = await WaitForFilesAsync(host,
            "stock-ledger/2026-11-01_2026-11-30.csv", "stock-ledger/2026-11-01_2026-11-30.json", "stock-ledger/2026-11-01_2026-11-30.movements.csv",
            "current-stock/2026-11-30.csv", "current-stock/2026-12-01.csv");
        var ledger = (await DownloadAsync(host, files["stock-ledger/2026-11-01_2026-11-30.csv"])).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Owner SKU,Description,Lot,Pack unit,Opening,Received,Returned,Adjusted in,Shipped,Disposed,Adjusted out,Closing", ledger[0]);
        Assert.Equal("BOOK-002,Novel,,Case of 10,0,5,0,0,0,0,0,5", ledger[1]);
        var movements = await DownloadAsync(host, files["stock-ledger/2026-11-01_2026-11-30.movements.csv"]);
        Assert.Contains(",Receipt,", movements, StringComparison.Ordinal);

        // November's statement, once ops close the month, is among the publisher's files too.
        await host.OkAsync(HttpMethod.Post, $"/api/ops/billing/statements/{TestKeys.PublisherAId}/2026-11/close?acceptUnrated=true", host.Keys.Ops);
        files = await WaitForFilesAsync(host, "statements/2026-11.csv", "statements/2026-11.json");
        var statement = JsonDocument.Parse(await DownloadAsync(host, files["statements/2026-11.json"])).RootElement;
        Assert.Equal(("2026-11", "closed"), (statement.GetProperty("period").GetString(), statement.GetProperty("status").GetString()));

        // Each occurrence ran once: one run per daily occurrence from the 22nd to the 1st.
        var dailyLists = (await host.OkAsync(HttpMethod.Get, "/api/reports?kind=current-stock", host.Keys.PublisherA)).EnumerateArray()
            .Count(f => f.GetProperty("file").GetString()!.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Equal(10, dailyLists);

        // The other publisher has the default schedules: its own daily lists (it has no stock) and nothing of acme's.
        var foreign = (await host.OkAsync(HttpMethod.Get, "/api/reports", host.Keys.PublisherB)).EnumerateArray().ToList();
        Assert.All(foreign, f => Assert.StartsWith("reports/globex/", f.GetProperty("blob").GetString(), StringComparison.Ordinal));
        Assert.DoesNotContain(foreign, f => f.GetProperty("kind").GetString() == "inventory-advice");
        using var theirs = await host.Client.SendAsync(HttpMethod.Get, "/api/reports/files/current-stock/2026-11-22.csv", host.Keys.PublisherB);
        Assert.DoesNotContain("BOOK-002", await theirs.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_on_demand_run_is_a_durable_orchestration_whose_status_shows_its_files_and_a_repeat_finds_the_same_run()
    {
        await using var host = await InboundHost.StartAsync();
        await ReceiveAsync(host, "RPT-2", units: 7);
        host.Time.Advance(TimeSpan.FromDays(1));

        var accepted = await host.OkAsync(HttpMethod.Post, "/api/reports", host.Keys.PublisherA, """{"kind":"current-stock","date":"2026-11-22"}""");
        var runId = accepted.GetProperty("runId").GetString()!;
        Assert.Equal(["reports/acme/current-stock/2026-11-22.csv", "reports/acme/current-stock/2026-11-22.json"],
            accepted.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToArray());
        var status = await WaitForRunAsync(host, runId);
        Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());
        Assert.Equal(2, status.GetProperty("progress").GetProperty("done").GetInt32());
        Assert.Equal(2, status.GetProperty("output").GetProperty("files").GetArrayLength());

        var again = await host.OkAsync(HttpMethod.Post, "/api/reports", host.Keys.PublisherA, """{"kind":"current-stock","date":"2026-11-22"}""");
        Assert.Equal(runId, again.GetProperty("runId").GetString());

        var json = JsonDocument.Parse(await DownloadAsync(host, "/api/reports/files/current-stock/2026-11-22.json")).RootElement;
        var line = json.GetProperty("lines").EnumerateArray().Single();
        Assert.Equal(("BOOK-002", 7, 7), (line.GetProperty("sku").GetString(), line.GetProperty("onHand").GetInt32(), line.GetProperty("available").GetInt32()));

        using var other = await host.Client.SendAsync(HttpMethod.Get, $"/api/reports/runs/{runId}", host.Keys.PublisherB);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/reports", """{"kind":"stock-count"}""", "/kind")]
    [InlineData("POST", "/api/reports", """{"kind":"stock-ledger","from":"2026-11-01","to":"2026-11-21"}""", "/to")]
    [InlineData("POST", "/api/reports", """{"kind":"stock-ledger","from":"2026-11-10","to":"2026-11-01"}""", "/from")]
    [InlineData("POST", "/api/reports", """{"kind":"current-stock","asOf":"2026-11-22T00:00:00Z"}""", "/asOf")]
    [InlineData("POST", "/api/reports", """{"kind":"current-stock","formats":["x12"]}""", "/formats/0")]
    [InlineData("POST", "/api/reports", """{"kind":"current-stock","detail":true}""", "/detail")]
    [InlineData("PUT", "/api/reports/settings", """{"schedules":[{"name":"x","kind":"current-stock","cron":"every day"}]}""", "/schedules/0/cron")]
    [InlineData("PUT", "/api/reports/settings", """{"schedules":[{"name":"m","kind":"stock-ledger","cron":"0 0 1 * *"}]}""", "/schedules/0/period")]
    [InlineData("PUT", "/api/reports/settings", """{"schedules":[{"name":"Daily Stock","kind":"current-stock","cron":"0 0 * * *"}]}""", "/schedules/0/name")]
    [InlineData("PUT", "/api/reports/settings", """{"schedules":[],"x12Version":"00305"}""", "/x12Version")]
    public async Task Bad_requests_get_a_problem_naming_the_member_and_start_nothing(string method, string path, string body, string pointer)
    {
        await using var host = await InboundHost.StartAsync();

        using var response = await host.Client.SendAsync(new HttpMethod(method), path, host.Keys.PublisherA, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Contains(pointer, problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()));
        Assert.DoesNotContain(await host.SnapshotAsync(), entry => entry.StartsWith("instance/report~", StringComparison.Ordinal));
        var settings = await host.OkAsync(HttpMethod.Get, "/api/reports/settings", host.Keys.PublisherA);
        Assert.True(settings.GetProperty("isDefault").GetBoolean());
    }

    /// <summary>A JSON notice of <paramref name="units"/> of BOOK-002, received in full (which closes the receipt) and put away over the API.</summary>
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

    private static async Task<Dictionary<string, string>> WaitForFilesAsync(InboundHost host, params string[] wanted)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        await Eventually.TrueAsync(async () =>
        {
            files = (await host.OkAsync(HttpMethod.Get, "/api/reports", host.Keys.PublisherA)).EnumerateArray()
                .ToDictionary(f => $"{f.GetProperty("kind").GetString()}/{f.GetProperty("file").GetString()}", f => f.GetProperty("href").GetString()!, StringComparer.Ordinal);
            return wanted.All(files.ContainsKey);
        }, $"the report files {string.Join(", ", wanted)}", InboundHost.WorkerTimeout);
        return files;
    }

    private static async Task<JsonElement> WaitForRunAsync(InboundHost host, string runId)
    {
        JsonElement status = default;
        await Eventually.TrueAsync(async () =>
        {
            using var response = await host.Client.SendAsync(HttpMethod.Get, $"/api/reports/runs/{runId}", host.Keys.PublisherA);
            status = await response.JsonAsync();
            return response.StatusCode == HttpStatusCode.OK;
        }, $"report run {runId} to finish", InboundHost.WorkerTimeout);
        return status;
    }

    private static async Task<string> DownloadAsync(InboundHost host, string href)
    {
        using var response = await host.Client.SendAsync(HttpMethod.Get, href, host.Keys.PublisherA);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {href}: {(int)response.StatusCode} {text}");
        return text;
    }
}
