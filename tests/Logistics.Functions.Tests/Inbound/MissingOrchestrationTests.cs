using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>
/// Invariant 7 at the seam between the notice and its orchestration: a crash after the notice is committed and before
/// its orchestration starts leaves a notice without an instance, and the next floor action or the reconciliation timer
/// starts the instance, which joins the notice where it stands and carries it to the end.
/// </summary>
public sealed class MissingOrchestrationTests
{
    private const string Instances = "/api/runtime/webhooks/durabletask/instances";

    [Fact]
    public async Task A_dock_arrival_starts_the_missing_orchestration_and_the_notice_completes()
    {
        await using var host = await InboundHost.StartAsync(services => services.DecorateDurableTaskClient(client => new CrashBeforeFirstStartClient(client)));
        await PostStrandedNoticeAsync(host, "GAP-1");

        await host.OkAsync(HttpMethod.Post, "/api/notices/acme~GAP-1/arrival", host.Keys.Floor);

        await host.WaitForNoticeAsync("acme~GAP-1", n => InboundHost.AtStage(n, "Receiving"), "the started orchestration to join at receiving");
        await CompleteAsync(host, "acme~GAP-1");
    }

    [Fact]
    public async Task The_reconciliation_timer_starts_the_missing_orchestration_and_the_notice_completes()
    {
        await using var host = await InboundHost.StartAsync(services => services.DecorateDurableTaskClient(client => new CrashBeforeFirstStartClient(client)));
        await PostStrandedNoticeAsync(host, "GAP-2");

        await host.RunTimerAsync("ReconcileOrchestrations");

        var waiting = await host.WaitForNoticeAsync("acme~GAP-2", n => InboundHost.AtStage(n, "AwaitingArrival"), "the started orchestration to wait for the arrival");
        Assert.Equal("DockArrival", waiting.GetProperty("customStatus").GetProperty("waitingFor").GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), waiting.GetProperty("customStatus").GetProperty("until").GetDateTimeOffset());

        // A second sweep finds nothing to repair: the instance it started is left alone.
        var before = await host.SnapshotAsync();
        await host.RunTimerAsync("ReconcileOrchestrations");
        Assert.Equal(before, await host.SnapshotAsync());

        await host.OkAsync(HttpMethod.Post, "/api/notices/acme~GAP-2/arrival", host.Keys.Floor);
        await CompleteAsync(host, "acme~GAP-2");
    }

    /// <summary>Posts a one-line notice whose orchestration fails to start: 5xx, the notice and its pending-in stored, no instance.</summary>
    private static async Task PostStrandedNoticeAsync(InboundHost host, string noticeNumber)
    {
        var json = $$"""{"noticeNumber":"{{noticeNumber}}","type":"shipNotice","expectedDate":"2026-11-22","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":1,"unit":"CA"}]}""";
        using (var posted = await host.Client.SendAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA, json))
        {
            var problem = await posted.JsonAsync();
            Assert.True((int)posted.StatusCode >= 500, $"expected a server error, got {(int)posted.StatusCode} {problem}");
            Assert.Equal("urn:logistics:problem:internal", problem.GetProperty("type").GetString());
            Assert.DoesNotContain("Simulated", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var noticeId = $"acme~{noticeNumber}";
        var notice = await host.OkAsync(HttpMethod.Get, $"/api/notices/{noticeId}", host.Keys.PublisherA);
        Assert.Equal("AwaitingArrival", notice.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, notice.GetProperty("runtimeStatus").ValueKind);
        Assert.Equal(10, await StockLedger.PendingInAsync(host, host.Keys.PublisherA, "BOOK-002"));
        using var instance = await host.Client.SendAsync(HttpMethod.Get, $"{Instances}/inbound~{noticeId}", host.Keys.Ops);
        Assert.Equal(HttpStatusCode.NotFound, instance.StatusCode);
    }

    /// <summary>Scans the one case (which closes the receipt), confirms the putaway and waits for the 944.</summary>
    private static async Task CompleteAsync(InboundHost host, string noticeId)
    {
        var scan = await host.OkAsync(HttpMethod.Post, $"/api/notices/{noticeId}/scans", host.Keys.Floor, """{"scanId":"s1","sku":"BOOK-002","quantity":10}""");
        Assert.True(scan.GetProperty("receiptClosed").GetBoolean());
        await host.WaitForNoticeAsync(noticeId, n => InboundHost.AtStage(n, "Putaway"), "putaway");
        var tasks = await host.OkAsync(HttpMethod.Get, $"/api/putaway-tasks?noticeId={Uri.EscapeDataString(noticeId)}", host.Keys.Floor);
        Assert.NotEmpty(tasks.EnumerateArray());
        foreach (var task in tasks.EnumerateArray())
        {
            await host.OkAsync(HttpMethod.Post, task.GetProperty("confirmUri").GetString()!, host.Keys.Floor);
        }

        var done = await host.WaitForNoticeAsync(noticeId, n => n.GetProperty("runtimeStatus").GetString() == "Completed", "completion");
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.Equal(0, await StockLedger.PendingInAsync(host, host.Keys.PublisherA));
        var balances = await StockLedger.AssertBalancesEqualLedgerAsync(host, host.Keys.PublisherA);
        Assert.Equal(10, balances.Where(b => b.Sku == "BOOK-002" && b.Status == "OnHand").Sum(b => b.Quantity));
    }
}
