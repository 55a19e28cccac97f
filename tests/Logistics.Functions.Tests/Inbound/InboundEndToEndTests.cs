using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>
/// A publisher's 943 driven over HTTP from intake to stock on the shelf: short, over, damaged and unknown goods, an
/// overdue arrival, the owner's decisions, putaway, the 944, balances against the ledger, and the repost that starts nothing.
/// </summary>
public sealed class InboundEndToEndTests
{
    [Fact]
    public async Task A_943_flows_from_intake_to_the_shelf_and_the_944_reports_exactly_what_was_received()
    {
        await using var host = await InboundHost.StartAsync();
        var keys = host.Keys;

        using var posted = await host.PostX12Async(keys.PublisherA, X12Samples.Acme943());
        var ack = await posted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Equal("application/edi-x12", posted.Content.Headers.ContentType?.MediaType);
        Assert.Contains("AK5*A", ack, StringComparison.Ordinal);
        Assert.Contains("AK9*A*1*1*1", ack, StringComparison.Ordinal);
        var location = posted.Headers.Location!.ToString();
        Assert.Contains("rel=\"status\"", posted.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        var noticeId = Uri.UnescapeDataString(location[(location.LastIndexOf('/') + 1)..]);
        Assert.Equal("acme~ASN-1001", noticeId);

        // Awaiting arrival until expected date + 1 day grace; past it the status says Overdue and the wait goes on.
        var waiting = await host.WaitForNoticeAsync(noticeId, n => InboundHost.AtStage(n, "AwaitingArrival"), "awaiting arrival");
        Assert.Equal("DockArrival", waiting.GetProperty("customStatus").GetProperty("waitingFor").GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), waiting.GetProperty("customStatus").GetProperty("until").GetDateTimeOffset());
        Assert.Equal(24, waiting.GetProperty("lines")[0].GetProperty("expected").GetInt32());
        Assert.Equal(20, waiting.GetProperty("lines")[1].GetProperty("expected").GetInt32());
        host.Time.Advance(TimeSpan.FromDays(2));
        await host.WaitForNoticeAsync(noticeId, n => n.GetProperty("customStatus").GetProperty("overdue").GetBoolean(), "overdue flag");

        // Another publisher sees nothing of it.
        using (var foreign = await host.Client.SendAsync(HttpMethod.Get, $"/api/notices/{noticeId}", keys.PublisherB))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        await host.OkAsync(HttpMethod.Post, $"/api/notices/{noticeId}/arrival", keys.Floor);
        await Scan(host, noticeId, "s1", """ "barcode":"9780306406157","lot":"LOT-A1","quantity":20 """);
        await Scan(host, noticeId, "s2", """ "sku":"BOOK-002","quantity":23 """);
        await Scan(host, noticeId, "s3", """ "barcode":"4006381333931","quantity":8 """);
        await Scan(host, noticeId, "s4", """ "barcode":"4006381333931","quantity":2,"condition":"damaged" """);
        await Scan(host, noticeId, "s5", """ "barcode":"MYSTERY-77","quantity":1 """);
        var duplicate = await Scan(host, noticeId, "s1", """ "barcode":"9780306406157","lot":"LOT-A1","quantity":20 """);
        Assert.True(duplicate.GetProperty("duplicate").GetBoolean());
        await host.OkAsync(HttpMethod.Post, $"/api/notices/{noticeId}/close", keys.Floor);

        var deciding = await host.WaitForNoticeAsync(noticeId, n => InboundHost.AtStage(n, "AwaitingDecision"), "awaiting decision");
        var pending = deciding.GetProperty("pending").EnumerateArray().Select(p => p.GetProperty("pendingId").GetString()).ToList();
        Assert.Equal(["L2-good", "L3-damaged", "U1-good"], pending);
        Assert.Equal(["Short"], Flags(deciding, 0));
        Assert.Equal(["Over"], Flags(deciding, 1));
        Assert.Equal(["Damaged"], Flags(deciding, 2));
        Assert.Equal(["UnknownItem"], Flags(deciding, 3));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero), deciding.GetProperty("customStatus").GetProperty("until").GetDateTimeOffset());

        await Decide(host, noticeId, "L2-good", "accept");
        await Decide(host, noticeId, "L3-damaged", "returnToSupplier");
        await Decide(host, noticeId, "U1-good", "scrap");

        await host.WaitForNoticeAsync(noticeId, n => InboundHost.AtStage(n, "Putaway"), "putaway");
        var tasks = await host.OkAsync(HttpMethod.Get, $"/api/putaway-tasks?noticeId={Uri.EscapeDataString(noticeId)}", keys.Floor);
        Assert.Equal(43 + 8, tasks.EnumerateArray().Sum(t => t.GetProperty("quantity").GetInt32()));
        foreach (var task in tasks.EnumerateArray())
        {
            await host.OkAsync(HttpMethod.Post, task.GetProperty("confirmUri").GetString()!, keys.Floor);
        }

        var done = await host.WaitForNoticeAsync(noticeId, n => n.GetProperty("runtimeStatus").GetString() == "Completed", "completion");
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        await AssertAdviceAsync(host, noticeId);
        await AssertStockAsync(host);

        // The same 943 again: the existing notice is answered, nothing starts, nothing changes.
        var before = await host.SnapshotAsync();
        using var again = await host.PostX12Async(keys.PublisherA, X12Samples.Acme943());
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(location, again.Headers.Location!.ToString());
        Assert.Equal(before, await host.SnapshotAsync());
        var list = await host.OkAsync(HttpMethod.Get, "/api/notices?noticeNumber=ASN-1001", keys.PublisherA);
        Assert.Single(list.GetProperty("notices").EnumerateArray());
    }

    private static async Task<JsonElement> Scan(InboundHost host, string noticeId, string scanId, string fields) =>
        await host.OkAsync(HttpMethod.Post, $"/api/notices/{noticeId}/scans", host.Keys.Floor, $$"""{"scanId":"{{scanId}}",{{fields}}}""");

    private static Task<JsonElement> Decide(InboundHost host, string noticeId, string pendingId, string decision) =>
        host.OkAsync(HttpMethod.Post, $"/api/notices/{noticeId}/decisions", host.Keys.PublisherA, $$"""{"pendingId":"{{pendingId}}","decision":"{{decision}}"}""");

    private static List<string?> Flags(JsonElement notice, int line) =>
        [.. notice.GetProperty("lines")[line].GetProperty("discrepancies").EnumerateArray().Select(d => d.GetString())];

    private static async Task AssertAdviceAsync(InboundHost host, string noticeId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/notices/{noticeId}/advices");
        request.Headers.Add("X-Api-Key", host.Keys.PublisherA);
        request.Headers.Add("Accept", "application/edi-x12");
        using var response = await host.Client.SendAsync(request);
        var x12 = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("ST*944*", x12, StringComparison.Ordinal);
        Assert.Contains("W07*20*EA**SK*BOOK-001***LOT-A1", x12, StringComparison.Ordinal);
        Assert.Contains("W13*4*EA*02*LOT-A1", x12, StringComparison.Ordinal);
        Assert.Contains("W07*23*EA**SK*BOOK-002", x12, StringComparison.Ordinal);
        Assert.Contains("W13*3*EA*03", x12, StringComparison.Ordinal);
        Assert.Contains("W07*8*EA**SK*DVD-003", x12, StringComparison.Ordinal);
        Assert.Contains("W13*2*EA*01**NR", x12, StringComparison.Ordinal);
        Assert.Contains("W14*53~", x12, StringComparison.Ordinal);

        var json = await host.OkAsync(HttpMethod.Get, $"/api/notices/{noticeId}/advices", host.Keys.PublisherA);
        var lines = json.GetProperty("lines").EnumerateArray()
            .Select(l => (l.GetProperty("sku").GetString(), l.GetProperty("receivedGood").GetInt32(), l.GetProperty("damaged").GetInt32(), l.GetProperty("over").GetInt32(), l.GetProperty("short").GetInt32()))
            .ToList();
        Assert.Equal([("BOOK-001", 20, 0, 0, 4), ("BOOK-002", 23, 0, 3, 0), ("DVD-003", 8, 2, 0, 0)], lines);
    }

    private static async Task AssertStockAsync(InboundHost host)
    {
        // Balances equal the sums of their ledger movements (invariant 1).
        var balances = await StockLedger.AssertBalancesEqualLedgerAsync(host, host.Keys.PublisherA);

        // Everything announced was either received and shelved, returned, or never came: nothing left pending in or on the dock.
        Assert.DoesNotContain(balances, b => b.Status == "PendingIn" || b.Location is "DOCK-01" or "PEND-01");
        Assert.Equal(20, balances.Where(b => b.Sku == "BOOK-001" && b.Status == "OnHand" && b.Location.StartsWith("A-", StringComparison.Ordinal)).Sum(b => b.Quantity));
        Assert.Equal(23, balances.Where(b => b.Sku == "BOOK-002" && b.Status == "OnHand").Sum(b => b.Quantity));
        Assert.Equal(8, balances.Where(b => b.Sku == "DVD-003" && b.Status == "OnHand" && b.Location.StartsWith("B-", StringComparison.Ordinal)).Sum(b => b.Quantity));
        Assert.Contains(("DVD-003", (string?)null, "RET-01", "PendingReturnToSupplier", 2L), balances);

        // Stock as of now (from the ledger) equals the balances; before intake there was none.
        var asOf = await host.OkAsync(HttpMethod.Get, "/api/inventory?asOf=" + Uri.EscapeDataString(host.Time.GetUtcNow().ToString("O")), host.Keys.PublisherA);
        Assert.Equal(balances.Count, asOf.GetArrayLength());
        Assert.Empty((await host.OkAsync(HttpMethod.Get, "/api/inventory?asOf=2026-11-20T00:00:00Z", host.Keys.PublisherA)).EnumerateArray());
    }
}
