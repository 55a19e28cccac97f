using System.Net;
using System.Text.Json;
using Logistics.Application.Reports;
using Logistics.Functions.Tests.Inbound;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Returns;

/// <summary>
/// Issue 14, must show 1 over HTTP: an X12 180 with three lines ending in restock, return to supplier and scrap; after
/// every step the ledger's current-stock list agrees with the balances the API serves and with hand-computed numbers.
/// </summary>
public sealed class ReturnHttpTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["RateLimiting:PermitsPerWindow"] = "100000" };

    // Line 1 names no disposition (the floor inspects it), line 2 asks for a factory repair (back to the supplier named in
    // the N1*SU loop), line 3's RA requests nothing (the floor decides).
    private const string Return180 = """
        ISA*00*          *00*          *ZZ*DEMOPUB        *ZZ*LOGISTICSWH    *261121*0800*U*00401*000000501*0*T*>~
        GS*AN*DEMOPUB*LOGISTICSWH*20261121*0800*501*X*004010~
        ST*180*0001~
        BGN*00*RMA-77*20261121~
        DTM*017*20261122~
        N1*SU*Demo Print Plant~
        N3*1 Press Road~
        N4*Leeds**LS1 1AA*GB~
        BLI*VN*DVD-003*4*EA~
        BLI*VN*BOOK-001*3*EA~
        N9*LT*LOT-A1~
        RDR*RF*DA~
        BLI*VN*BOOK-002*1*CA~
        RDR*RA*BC~
        SE*13*0001~
        GE*1*501~
        IEA*1*000000501~
        """;

    [Fact]
    public async Task A_180_with_three_lines_ends_in_restock_return_to_supplier_and_scrap_with_the_ledger_and_the_balances_agreeing_after_every_step()
    {
        await using var host = await InboundHost.StartAsync(settings: Settings);
        var keys = host.Keys;
        await AgreeAsync(host, "before");

        using (var posted = await host.PostX12Async(keys.PublisherA, Return180, "/api/returns"))
        {
            var ack = await posted.Content.ReadAsStringAsync();
            Assert.True(posted.StatusCode == HttpStatusCode.Accepted, ack);
            Assert.Contains("AK5*A", ack, StringComparison.Ordinal);
            Assert.EndsWith("/api/returns/acme~RMA-77", Uri.UnescapeDataString(posted.Headers.Location!.ToString()), StringComparison.Ordinal);
        }

        using (var again = await host.PostX12Async(keys.PublisherA, Return180.Replace("000000501", "000000502", StringComparison.Ordinal), "/api/returns"))
        {
            Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        }

        var path = "/api/returns/" + Uri.EscapeDataString("acme~RMA-77");
        var accepted = await host.OkAsync(HttpMethod.Get, path, keys.PublisherA);
        Assert.Equal(("OwnerNotice", "x12", 3), (accepted.GetProperty("origin").GetString(), accepted.GetProperty("sourceFormat").GetString(), accepted.GetProperty("lines").GetArrayLength()));
        Assert.Single((await host.OkAsync(HttpMethod.Get, "/api/returns", keys.PublisherA)).GetProperty("returns").EnumerateArray());
        await AgreeAsync(host, "accepted");

        await host.OkAsync(HttpMethod.Post, path + "/arrival?parcels=2", keys.Floor);
        await host.OkAsync(HttpMethod.Post, path + "/scans", keys.Floor, """{"scanId":"s1","barcode":"4006381333931","quantity":4}""");
        await AgreeAsync(host, "s1", ("DVD-003", null, [0, 0, 0, 0, 4, 0, 0]));
        await host.OkAsync(HttpMethod.Post, path + "/scans", keys.Floor, """{"scanId":"s2","barcode":"9780306406157","lot":"LOT-A1","quantity":3,"condition":"damaged"}""");
        await host.OkAsync(HttpMethod.Post, path + "/scans", keys.Floor, """{"scanId":"s3","sku":"BOOK-002","quantity":10,"condition":"expired"}""");
        var repeat = await host.OkAsync(HttpMethod.Post, path + "/scans", keys.Floor, """{"scanId":"s3","sku":"BOOK-002","quantity":10,"condition":"expired"}""");
        Assert.True(repeat.GetProperty("duplicate").GetBoolean());
        await AgreeAsync(host, "scanned", ("BOOK-001", "LOT-A1", [0, 0, 0, 0, 3, 0, 0]), ("BOOK-002", null, [0, 0, 0, 0, 10, 0, 0]), ("DVD-003", null, [0, 0, 0, 0, 4, 0, 0]));

        // Bad input: a problem naming the field, and nothing changes.
        var before = await host.SnapshotAsync();
        using (var bad = await host.Client.SendAsync(HttpMethod.Post, path + "/scans", keys.Floor, """{"scanId":"s4","sku":"BOOK-002","quantity":0,"condition":"soggy"}"""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
            Assert.Equal(["/quantity", "/condition"], (await bad.JsonAsync()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("pointer").GetString()));
        }

        Assert.Equal(before, await host.SnapshotAsync());

        var closed = await host.OkAsync(HttpMethod.Post, path + "/close", keys.Floor);
        Assert.Equal(
            ["P1 DVD-003 ", "P2 BOOK-001 ReturnToSupplier", "P3 BOOK-002 "],
            closed.GetProperty("parts").EnumerateArray().Select(p => $"{p.GetProperty("partId").GetString()} {p.GetProperty("sku").GetString()} {(p.TryGetProperty("disposition", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : string.Empty)}"));
        await AgreeAsync(host, "closed", ("BOOK-001", "LOT-A1", [0, 0, 0, 0, 0, 3, 0]), ("BOOK-002", null, [0, 0, 0, 0, 10, 0, 0]), ("DVD-003", null, [0, 0, 0, 0, 4, 0, 0]));

        var work = await host.OkAsync(HttpMethod.Get, "/api/return-work", keys.Floor);
        Assert.Equal(["P1", "P3", "P2"], work.GetProperty("items")[0].GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("partId").GetString()));

        await host.OkAsync(HttpMethod.Post, path + "/dispositions", keys.Floor, """{"partId":"P1","disposition":"restock"}""");
        await AgreeAsync(host, "P1 restocked", ("BOOK-001", "LOT-A1", [0, 0, 0, 0, 0, 3, 0]), ("BOOK-002", null, [0, 0, 0, 0, 10, 0, 0]), ("DVD-003", null, [4, 0, 0, 4, 0, 0, 0]));
        await host.OkAsync(HttpMethod.Post, path + "/dispositions", keys.Floor, """{"partId":"P3","disposition":"scrap","reason":"past its date"}""");
        await AgreeAsync(host, "P3 scrapped", ("BOOK-001", "LOT-A1", [0, 0, 0, 0, 0, 3, 0]), ("DVD-003", null, [4, 0, 0, 4, 0, 0, 0]));
        using (var conflict = await host.Client.SendAsync(HttpMethod.Post, path + "/dispositions", keys.Floor, """{"partId":"P3","disposition":"restock"}"""))
        {
            Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        }

        await host.OkAsync(HttpMethod.Post, path + "/handovers", keys.Floor, """{"partId":"P2","carrier":"DHLX","trackingNumber":"1Z-RTS-1"}""");
        await AgreeAsync(host, "P2 handed over", ("DVD-003", null, [4, 0, 0, 4, 0, 0, 0]));

        var done = await WaitAsync(host, path, r => r.GetProperty("status").GetString() == "Completed" && r.GetProperty("runtimeStatus").GetString() == "Completed");
        Assert.Equal("Completed", done.GetProperty("runtimeStatus").GetString());
        var advice = await host.OkAsync(HttpMethod.Get, path + "/advice", keys.PublisherA);
        Assert.Equal(["Restock 4", "ReturnToSupplier 3", "Scrap 10"], advice.GetProperty("lines").EnumerateArray()
            .Select(l => string.Join(", ", l.GetProperty("outcomes").EnumerateArray().Select(o => $"{o.GetProperty("disposition").GetString()} {o.GetProperty("units").GetInt64()}"))));
        using var x12 = new HttpRequestMessage(HttpMethod.Get, path + "/advice");
        x12.Headers.Add("X-Api-Key", keys.PublisherA);
        x12.Headers.Add("Accept", "application/edi-x12");
        var text = await (await host.Client.SendAsync(x12)).Content.ReadAsStringAsync();
        Assert.StartsWith("ISA*", text, StringComparison.Ordinal);
        Assert.Contains("ST*180*", text, StringComparison.Ordinal);
        Assert.Contains("*DEMOPUB", text, StringComparison.Ordinal);

        // The floor's dispositions are in the audit log with the part before and the return after; the refused one is not.
        var audited = (await host.OkAsync(HttpMethod.Get, "/api/ops/audit?owner=acme&action=POST%20" + Uri.EscapeDataString(path + "/dispositions"), keys.Ops))
            .GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["P1", "P3"], audited.Select(e => e.GetProperty("before").GetProperty("partId").GetString()).Order());
        Assert.All(audited, e => Assert.False(e.GetProperty("before").TryGetProperty("disposition", out var d) && d.ValueKind != JsonValueKind.Null));
        Assert.Equal(["floor", "floor"], audited.Select(e => e.GetProperty("actor").GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Bad_return_notices_get_problem_details_or_a_rejecting_997_and_change_nothing()
    {
        await using var host = await InboundHost.StartAsync(settings: Settings);
        var before = await host.SnapshotAsync();

        using (var json = await host.Client.SendAsync(HttpMethod.Post, "/api/returns", host.Keys.PublisherA,
            """{"returnNumber":"RMA-8","lines":[{"lineNumber":1,"sku":"NOPE-1","quantity":2,"unit":"EA","reason":"unsold"}]}"""))
        {
            Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
            Assert.Equal("/lines/0/sku", (await json.JsonAsync()).GetProperty("errors")[0].GetProperty("pointer").GetString());
        }

        using (var x12 = await host.PostX12Async(host.Keys.PublisherA, Return180.Replace("BLI*VN*DVD-003", "BLI*VN*NOPE-1", StringComparison.Ordinal), "/api/returns"))
        {
            var ack = await x12.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, x12.StatusCode);
            Assert.Contains("AK3*BLI*7", ack, StringComparison.Ordinal);
            Assert.Contains("AK4*2*234*7*NOPE-1", ack, StringComparison.Ordinal);
            Assert.Contains("AK5*R", ack, StringComparison.Ordinal);
        }

        Assert.Equal(before.Where(NotCounter), (await host.SnapshotAsync()).Where(NotCounter));
    }

    // The 997 takes a control number from the owner's counter: the one document a rejected interchange may change.
    private static bool NotCounter(string id) => !id.Contains("control", StringComparison.OrdinalIgnoreCase);

    private static async Task AgreeAsync(InboundHost host, string step, params (string Sku, string? Lot, long[] Columns)[] expected)
    {
        var list = await host.App.Get<StockReports>().CurrentStockAsync(TestKeys.PublisherAId, host.Time.GetUtcNow(), CancellationToken.None);
        var fromLedger = list.Lines.Select(l => (l.Sku, l.Lot, Columns: new[] { l.OnHand, l.PendingIn, l.PendingOut, l.Available, l.PendingDecision, l.PendingReturnToSupplier, l.PendingProcessing }))
            .Select(Text).Order(StringComparer.Ordinal).ToList();
        var balances = await StockLedger.AssertBalancesEqualLedgerAsync(host, host.Keys.PublisherA);
        var fromApi = balances.GroupBy(b => (b.Sku, b.Lot)).Select(g =>
        {
            long Sum(params string[] statuses) => g.Where(b => statuses.Contains(b.Status)).Sum(b => b.Quantity);
            var onHand = Sum("OnHand", "Picked");
            var pendingOut = Sum("PendingOut", "Picked");
            return (g.Key.Sku, g.Key.Lot, Columns: new[] { onHand, Sum("PendingIn"), pendingOut, onHand + Sum("PendingIn") - pendingOut, Sum("PendingDecision", "OnHold", "Quarantined"), Sum("PendingReturnToSupplier"), Sum("PendingProcessing") });
        }).Where(l => l.Columns.Any(c => c != 0)).Select(Text).Order(StringComparer.Ordinal).ToList();
        var want = expected.Select(Text).Order(StringComparer.Ordinal).ToList();
        Assert.True(want.SequenceEqual(fromLedger), $"{step}: current-stock list [{string.Join("; ", fromLedger)}], hand-computed [{string.Join("; ", want)}]");
        Assert.True(want.SequenceEqual(fromApi), $"{step}: balances [{string.Join("; ", fromApi)}], hand-computed [{string.Join("; ", want)}]");
    }

    private static string Text((string Sku, string? Lot, long[] Columns) line) => $"{line.Sku}/{line.Lot ?? "-"}: {string.Join(",", line.Columns)}";

    private static async Task<JsonElement> WaitAsync(InboundHost host, string path, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow + InboundHost.WorkerTimeout;
        JsonElement current;
        do
        {
            current = await host.OkAsync(HttpMethod.Get, path, host.Keys.PublisherA);
            if (until(current))
            {
                return current;
            }

            await Task.Delay(25);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail($"Timed out; last state: {current}");
        return current;
    }
}
