using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>
/// Ops terminating a notice's orchestration through the management API leave the notice in its defined end state
/// (Cancelled, pending-in released, the ledger still adding up), and nothing acts on it afterwards: not the floor, not a
/// repost, not a purge, not the reconciliation sweep.
/// </summary>
public sealed class CancelledNoticeTests
{
    private const string Instances = "/api/runtime/webhooks/durabletask/instances";

    private const string Notice = """{"noticeNumber":"T-1","type":"shipNotice","expectedDate":"2026-11-22","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":2,"unit":"CA"},{"lineNumber":2,"sku":"DVD-003","quantity":10,"unit":"EA"}]}""";

    private const string NoticeId = "acme~T-1";

    private const string InstanceId = "inbound~acme~T-1";

    [Fact]
    public async Task Terminating_a_waiting_notice_cancels_it_releases_its_pending_in_and_every_later_action_answers_409_and_changes_nothing()
    {
        await using var host = await InboundHost.StartAsync();
        var keys = host.Keys;
        await host.OkAsync(HttpMethod.Post, "/api/notices", keys.PublisherA, Notice);
        await host.WaitForNoticeAsync(NoticeId, n => InboundHost.AtStage(n, "AwaitingArrival"), "awaiting arrival");
        Assert.Equal(30, await StockLedger.PendingInAsync(host, keys.PublisherA));

        using (var terminate = await host.Client.SendAsync(HttpMethod.Post, $"{Instances}/{InstanceId}/terminate?reason=duplicate%20shipment", keys.Ops))
        {
            Assert.Equal(HttpStatusCode.Accepted, terminate.StatusCode);
        }

        var cancelled = await host.WaitForNoticeAsync(NoticeId, n => n.GetProperty("status").GetString() == "Cancelled", "the notice to be cancelled");
        Assert.Equal("Terminated", cancelled.GetProperty("runtimeStatus").GetString());

        // Pending-in was booked at intake and released at cancellation: the ledger shows both, the balances neither.
        Assert.Equal(0, await StockLedger.PendingInAsync(host, keys.PublisherA));
        var balances = await StockLedger.AssertBalancesEqualLedgerAsync(host, keys.PublisherA);
        Assert.DoesNotContain(balances, b => b.Status == "PendingIn");
        var pendingIn = (await StockLedger.MovementsAsync(host, keys.PublisherA)).Where(m => m.GetProperty("status").GetString() == "PendingIn").ToList();
        Assert.Contains(pendingIn, m => m.GetProperty("delta").GetInt64() > 0);
        Assert.Contains(pendingIn, m => m.GetProperty("delta").GetInt64() < 0);

        var before = await host.SnapshotAsync();
        await AssertConflictAsync(host, HttpMethod.Post, $"/api/notices/{NoticeId}/arrival", keys.Floor);
        await AssertConflictAsync(host, HttpMethod.Post, $"/api/notices/{NoticeId}/scans", keys.Floor, """{"scanId":"late-1","sku":"BOOK-002","quantity":1}""");
        await AssertConflictAsync(host, HttpMethod.Post, $"/api/notices/{NoticeId}/close", keys.Ops);
        await AssertConflictAsync(host, HttpMethod.Post, $"/api/notices/{NoticeId}/decisions", keys.PublisherA, """{"pendingId":"L1-over","decision":"accept"}""");
        var repost = await AssertConflictAsync(host, HttpMethod.Post, "/api/notices", keys.PublisherA, Notice);
        Assert.Contains("new notice number", repost.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await host.SnapshotAsync());
        Assert.Equal(0, await StockLedger.PendingInAsync(host, keys.PublisherA));

        // Purging reconciles first (nothing to do: the notice is finished), then deletes the history; the notice stays cancelled.
        using (var purge = await host.Client.SendAsync(HttpMethod.Delete, $"{Instances}/{InstanceId}", keys.Ops))
        {
            Assert.Equal(HttpStatusCode.OK, purge.StatusCode);
            Assert.Equal(1, (await purge.JsonAsync()).GetProperty("instancesDeleted").GetInt32());
        }

        var purged = await host.OkAsync(HttpMethod.Get, $"/api/notices/{NoticeId}", keys.PublisherA);
        Assert.Equal("Cancelled", purged.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, purged.GetProperty("runtimeStatus").ValueKind);

        // A cancelled notice without an instance is finished, not lost: neither the floor nor the sweep starts it again.
        await AssertConflictAsync(host, HttpMethod.Post, $"/api/notices/{NoticeId}/arrival", keys.Floor);
        await host.RunTimerAsync("ReconcileOrchestrations");
        using (var instance = await host.Client.SendAsync(HttpMethod.Get, $"{Instances}/{InstanceId}", keys.Ops))
        {
            Assert.Equal(HttpStatusCode.NotFound, instance.StatusCode);
        }

        Assert.Equal("Cancelled", (await host.OkAsync(HttpMethod.Get, $"/api/notices/{NoticeId}", keys.PublisherA)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Terminating_during_receiving_books_what_was_scanned_and_releases_the_rest()
    {
        await using var host = await InboundHost.StartAsync();
        var keys = host.Keys;
        await host.OkAsync(HttpMethod.Post, "/api/notices", keys.PublisherA, Notice);
        await host.WaitForNoticeAsync(NoticeId, n => InboundHost.AtStage(n, "AwaitingArrival"), "awaiting arrival");
        await host.OkAsync(HttpMethod.Post, $"/api/notices/{NoticeId}/arrival", keys.Floor);
        await host.OkAsync(HttpMethod.Post, $"/api/notices/{NoticeId}/scans", keys.Floor, """{"scanId":"s1","sku":"BOOK-002","quantity":5}""");
        await host.WaitForNoticeAsync(NoticeId, n => InboundHost.AtStage(n, "Receiving"), "receiving");

        using (var terminate = await host.Client.SendAsync(HttpMethod.Post, $"{Instances}/{InstanceId}/terminate", keys.Ops))
        {
            Assert.Equal(HttpStatusCode.Accepted, terminate.StatusCode);
        }

        await host.WaitForNoticeAsync(NoticeId, n => n.GetProperty("status").GetString() == "Cancelled", "the notice to be cancelled");
        var balances = await StockLedger.AssertBalancesEqualLedgerAsync(host, keys.PublisherA);
        Assert.DoesNotContain(balances, b => b.Status == "PendingIn");
        Assert.Equal(5, balances.Where(b => b.Sku == "BOOK-002" && b.Status == "OnHand").Sum(b => b.Quantity));
        Assert.DoesNotContain(balances, b => b.Sku == "DVD-003");

        var before = await host.SnapshotAsync();
        await AssertConflictAsync(host, HttpMethod.Post, $"/api/notices/{NoticeId}/scans", keys.Floor, """{"scanId":"s2","sku":"BOOK-002","quantity":5}""");
        await AssertConflictAsync(host, HttpMethod.Post, $"/api/notices/{NoticeId}/close", keys.Floor);
        Assert.Equal(before, await host.SnapshotAsync());
    }

    [Fact]
    public async Task Terminating_an_instance_twice_answers_410_and_purging_a_running_one_answers_409()
    {
        await using var host = await InboundHost.StartAsync();
        var keys = host.Keys;
        await host.OkAsync(HttpMethod.Post, "/api/notices", keys.PublisherA, Notice);
        await host.WaitForNoticeAsync(NoticeId, n => InboundHost.AtStage(n, "AwaitingArrival"), "awaiting arrival");

        using (var running = await host.Client.SendAsync(HttpMethod.Delete, $"{Instances}/{InstanceId}", keys.Ops))
        {
            Assert.Equal(HttpStatusCode.Conflict, running.StatusCode);
        }

        Assert.Equal("AwaitingArrival", (await host.OkAsync(HttpMethod.Get, $"/api/notices/{NoticeId}", keys.PublisherA)).GetProperty("status").GetString());
        using (var first = await host.Client.SendAsync(HttpMethod.Post, $"{Instances}/{InstanceId}/terminate", keys.Ops))
        {
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }

        await host.WaitForNoticeAsync(NoticeId, n => n.GetProperty("status").GetString() == "Cancelled", "the notice to be cancelled");
        using var second = await host.Client.SendAsync(HttpMethod.Post, $"{Instances}/{InstanceId}/terminate", keys.Ops);
        Assert.Equal(HttpStatusCode.Gone, second.StatusCode);
        Assert.Equal("urn:logistics:problem:gone", (await second.JsonAsync()).GetProperty("type").GetString());
    }

    private static async Task<JsonElement> AssertConflictAsync(InboundHost host, HttpMethod method, string path, string key, string? json = null)
    {
        using var response = await host.Client.SendAsync(method, path, key, json ?? "{}");
        var problem = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{method} {path}: {(int)response.StatusCode} {problem}");
        Assert.Equal("urn:logistics:problem:conflict", problem.GetProperty("type").GetString());
        return problem;
    }
}
