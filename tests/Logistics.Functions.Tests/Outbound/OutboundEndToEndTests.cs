using System.Net;
using System.Text.Json;
using Logistics.Functions.Security;
using Logistics.Functions.Tests.Inbound;
using Logistics.Functions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Functions.Tests.Outbound;

/// <summary>
/// A publisher's 940 driven over HTTP from intake to proof of delivery: FEFO over two lots, a short pick found again in a
/// third lot elsewhere, packing, the handover, the 945 with lots and tracking number, the carrier's delivery; and another
/// order's failed delivery, whose goods come back as a return awaiting the owner.
/// </summary>
public sealed class OutboundEndToEndTests
{
    private const string Upc = "036000291452";

    [Fact]
    public async Task A_940_flows_from_intake_to_proof_of_delivery_and_a_failed_delivery_comes_back_as_a_return()
    {
        await using var host = await InboundHost.StartAsync(environment: "Development");
        var keys = host.Keys;
        var carrierKey = (await host.App.Services.GetRequiredService<AccessStore>().CreateRoleKeyAsync(Roles.Carrier, null, CancellationToken.None, "DHLX")).Key;
        await host.PutItemAsync(keys.PublisherA, "ATLAS-1", $$"""{"description":"Road atlas","barcodes":["{{Upc}}"],"lotControlled":true,"expiryControlled":true}""");
        await StockAsync(host);

        // The 940 names the item by its UPC only; W76 totals the 14 units.
        using var posted = await host.PostX12Async(keys.PublisherA, Order940("SO-1001", 14), "/api/orders");
        var ack = await posted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        Assert.Contains("AK1*OW*", ack, StringComparison.Ordinal);
        Assert.Contains("AK5*A", ack, StringComparison.Ordinal);
        var orderId = Uri.UnescapeDataString(posted.Headers.Location!.ToString().Split('/')[^1]);
        Assert.Equal("acme~SO-1001", orderId);

        // FEFO: the lot expiring first goes first, whatever came in first.
        var picking = await WaitForOrderAsync(host, orderId, o => Stage(o) == "Picking" && WaitingFor(o) == "PickConfirmed", "picking");
        var tasks = picking.GetProperty("pickTasks").EnumerateArray().ToList();
        Assert.Equal([("L-EARLY", 10), ("L-LATE", 4)], tasks.Select(t => (t.GetProperty("lot").GetString(), t.GetProperty("units").GetInt32())).ToList());

        await PickAsync(host, orderId, "p1", tasks[0], 10);
        var shortTask = await PickAsync(host, orderId, "p2", tasks[1], 3, isShort: true);
        Assert.Equal("Short", shortTask.GetProperty("status").GetString());

        // The missing unit is looked for elsewhere at once: the next lot by expiry, in another location.
        var again = await host.OkAsync(HttpMethod.Get, $"/api/orders/{orderId}", keys.PublisherA);
        var third = again.GetProperty("pickTasks").EnumerateArray().Single(t => t.GetProperty("taskNumber").GetInt32() == 3);
        Assert.Equal("L-LAST", third.GetProperty("lot").GetString());
        Assert.NotEqual(tasks[1].GetProperty("location").GetString(), third.GetProperty("location").GetString());
        await PickAsync(host, orderId, "p3", third, 1);

        await WaitForOrderAsync(host, orderId, o => Stage(o) == "Packing", "packing");
        await host.OkAsync(HttpMethod.Post, $"/api/orders/{orderId}/cartons", keys.Floor, """
            {"cartons":[{"cartonId":"CTN-1","weightKg":7.5,"contents":[
              {"lineNumber":1,"lot":"L-EARLY","units":10},{"lineNumber":1,"lot":"L-LATE","units":3},{"lineNumber":1,"lot":"L-LAST","units":1}]}]}
            """);
        await WaitForOrderAsync(host, orderId, o => Stage(o) == "AwaitingCarrier", "awaiting the carrier");
        var shipment = await host.OkAsync(HttpMethod.Post, $"/api/orders/{orderId}/handover", keys.Floor,
            """{"carrier":"DHLX","service":"GROUND","trackingNumber":"1Z999AA10123456784"}""");
        Assert.Equal("SO-1001-S1", shipment.GetProperty("shipmentId").GetString());

        // The 945: every lot with its units, the tracking number, the line complete.
        using (var advices = await host.Client.SendAsync(AdviceRequest(orderId, keys.PublisherA)))
        {
            var x12 = await advices.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, advices.StatusCode);
            Assert.Contains("ST*945*", x12, StringComparison.Ordinal);
            Assert.Contains("W06*F*SO-1001*", x12, StringComparison.Ordinal);
            Assert.Contains("1Z999AA10123456784", x12, StringComparison.Ordinal);
            foreach (var lot in new[] { "L-EARLY", "L-LATE", "L-LAST" })
            {
                Assert.Contains("N9*LT*" + lot, x12, StringComparison.Ordinal);
            }

            Assert.Contains("W12*CC*14*10*0*EA", x12, StringComparison.Ordinal);
        }

        var json = await host.OkAsync(HttpMethod.Get, $"/api/orders/{orderId}/advices", keys.PublisherA);
        var line = json[0].GetProperty("lines")[0];
        Assert.Equal(14, line.GetProperty("shipped").GetInt32());
        Assert.Equal("CC", line.GetProperty("status").GetString());

        // Another carrier cannot report this shipment; its own carrier delivers it with a signature.
        using (var foreign = await host.Client.SendAsync(HttpMethod.Post, "/api/carriers/UPSN/shipments/1Z999AA10123456784/events", carrierKey,
            """{"eventId":"e0","status":"delivered","at":"2026-11-22T10:00:00Z","signedBy":"X"}"""))
        {
            Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        }

        await host.OkAsync(HttpMethod.Post, "/api/carriers/DHLX/shipments/1Z999AA10123456784/events", carrierKey,
            """{"eventId":"e1","status":"inTransit","at":"2026-11-21T15:00:00Z","location":"Hub Leipzig"}""");
        await host.OkAsync(HttpMethod.Post, "/api/carriers/DHLX/shipments/1Z999AA10123456784/events", carrierKey,
            """{"eventId":"e2","status":"delivered","at":"2026-11-22T10:00:00Z","signedBy":"M. Weber"}""");
        var delivered = await WaitForOrderAsync(host, orderId, o => o.GetProperty("runtimeStatus").GetString() == "Completed", "completion");
        Assert.Equal("Delivered", Stage(delivered));
        var proof = delivered.GetProperty("shipments")[0];
        Assert.Equal("Delivered", proof.GetProperty("state").GetString());
        Assert.Equal("M. Weber", proof.GetProperty("signedBy").GetString());
        Assert.Equal(14, delivered.GetProperty("lines")[0].GetProperty("shipped").GetInt32());

        // A second order fails delivery: it opens a return, whose goods come back from transit through the returns flow.
        var second = await host.OkAsync(HttpMethod.Post, "/api/orders", keys.PublisherA,
            """{"orderNumber":"SO-1002","shipTo":{"name":"Kiosk am Markt","addressLines":["Markt 3"],"city":"Halle","postalCode":"06108","country":"DE"},"lines":[{"lineNumber":1,"sku":"DVD-003","quantity":2,"unit":"EA"}]}""");
        var secondId = second.GetProperty("orderId").GetString()!;
        await WaitForOrderAsync(host, secondId, o => Stage(o) == "Picking", "the second order's picking");
        await host.OkAsync(HttpMethod.Post, $"/api/dev/simulate/orders/{Uri.EscapeDataString(secondId)}?failure=refused", keys.Ops);
        var returned = await WaitForOrderAsync(host, secondId, o => o.GetProperty("runtimeStatus").GetString() == "Completed", "the second order's end");
        Assert.Equal("Returned", Stage(returned));
        Assert.Equal("Refused", returned.GetProperty("shipments")[0].GetProperty("failureReason").GetString());
        var returnId = returned.GetProperty("shipments")[0].GetProperty("returnId").GetString()!;
        var opened = await host.OkAsync(HttpMethod.Get, $"/api/returns/{Uri.EscapeDataString(returnId)}", keys.PublisherA);
        Assert.Equal(("FailedDelivery", "AwaitingArrival", "Refused"),
            (opened.GetProperty("origin").GetString(), opened.GetProperty("status").GetString(), opened.GetProperty("lines")[0].GetProperty("reason").GetString()));
        Assert.Equal([("DVD-003", (string?)null, "SHIP-01", "InTransit", 2L)], await StockLedger.BalancesAsync(host, keys.PublisherA, "?status=InTransit&sku=DVD-003"));
        var returnPath = $"/api/returns/{Uri.EscapeDataString(returnId)}";
        await host.OkAsync(HttpMethod.Post, returnPath + "/arrival", keys.Floor);
        await host.OkAsync(HttpMethod.Post, returnPath + "/scans", keys.Floor, """{"scanId":"r1","sku":"DVD-003","quantity":2,"condition":"damaged"}""");
        await host.OkAsync(HttpMethod.Post, returnPath + "/close", keys.Floor);
        var awaiting = await StockLedger.BalancesAsync(host, keys.PublisherA, "?status=PendingDecision&sku=DVD-003");
        Assert.Equal([("DVD-003", (string?)null, "RET-01", "PendingDecision", 2L)], awaiting);
        await host.OkAsync(HttpMethod.Post, returnPath + "/dispositions", keys.Floor, """{"partId":"P1","disposition":"scrap","reason":"crushed in transit"}""");

        // Nothing is left reserved or in transit, and every balance is the sum of its movements.
        var balances = await StockLedger.AssertBalancesEqualLedgerAsync(host, keys.PublisherA);
        Assert.DoesNotContain(balances, b => b.Status is "PendingOut" or "InTransit" or "Picked");
        Assert.Equal(25 - 14 - 1, balances.Where(b => b.Sku == "ATLAS-1" && b.Status == "OnHand").Sum(b => b.Quantity));
        Assert.Equal(1, balances.Where(b => b.Sku == "ATLAS-1" && b.Status == "OnHold").Sum(b => b.Quantity));
    }

    // Three lots of ATLAS-1 (the latest received expires first) and four DVDs, received and put away by the floor simulator.
    private static async Task StockAsync(InboundHost host)
    {
        await host.OkAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA, """
            {"noticeNumber":"IN-1","type":"stockTransfer","expectedDate":"2026-11-21","lines":[
              {"lineNumber":1,"sku":"ATLAS-1","quantity":10,"unit":"EA","lot":"L-LATE","expiry":"2027-06-30"},
              {"lineNumber":2,"sku":"ATLAS-1","quantity":10,"unit":"EA","lot":"L-EARLY","expiry":"2027-01-31"},
              {"lineNumber":3,"sku":"ATLAS-1","quantity":5,"unit":"EA","lot":"L-LAST","expiry":"2027-12-31"},
              {"lineNumber":4,"sku":"DVD-003","quantity":4,"unit":"EA"}]}
            """);
        var simulated = await host.OkAsync(HttpMethod.Post, "/api/dev/simulate/acme~IN-1", host.Keys.Ops);
        Assert.True(simulated.GetProperty("putawayTasksConfirmed").GetInt32() >= 4, simulated.ToString());
    }

    private static string Order940(string number, int units) => string.Join('~',
        "ISA*00*          *00*          *ZZ*ACME           *ZZ*LOGISTICSWH    *261121*0800*U*00401*000000101*0*T*>",
        "GS*OW*ACME*LOGISTICSWH*20261121*0800*101*X*004010",
        "ST*940*0001",
        $"W05*N*{number}*PO-77",
        "N1*ST*Buchhandlung Lehmann*92*BL-1",
        "N3*Hauptstrasse 1",
        "N4*Berlin**10115*DE",
        "G62*10*20261123",
        "W66*PP*M***GROUND*****DHLX",
        "LX*1",
        $"W01*{units}*EA**UP*{Upc}",
        "G69*Road atlas",
        $"W76*{units}",
        "SE*12*0001",
        "GE*1*101",
        "IEA*1*000000101") + "~";

    private static async Task<JsonElement> PickAsync(InboundHost host, string orderId, string scanId, JsonElement task, int units, bool isShort = false) =>
        await host.OkAsync(HttpMethod.Post, $"/api/orders/{Uri.EscapeDataString(orderId)}/picks", host.Keys.Floor, JsonSerializer.Serialize(new
        {
            scanId,
            taskNumber = task.GetProperty("taskNumber").GetInt32(),
            location = task.GetProperty("location").GetString(),
            barcode = Upc,
            lot = task.GetProperty("lot").GetString(),
            quantity = units,
            @short = isShort,
        }));

    private static HttpRequestMessage AdviceRequest(string orderId, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/orders/{Uri.EscapeDataString(orderId)}/advices");
        request.Headers.Add("X-Api-Key", key);
        request.Headers.Accept.ParseAdd("application/edi-x12");
        return request;
    }

    private static string? Stage(JsonElement order) => order.GetProperty("stage").GetString();

    private static string? WaitingFor(JsonElement order) =>
        order.GetProperty("customStatus") is { ValueKind: JsonValueKind.Object } status && status.TryGetProperty("waitingFor", out var milestone) ? milestone.GetString() : null;

    private static async Task<JsonElement> WaitForOrderAsync(InboundHost host, string orderId, Func<JsonElement, bool> until, string what)
    {
        JsonElement order = default;
        await Eventually.TrueAsync(async () =>
        {
            order = await host.OkAsync(HttpMethod.Get, $"/api/orders/{Uri.EscapeDataString(orderId)}", host.Keys.PublisherA);
            return until(order);
        }, what);
        return order;
    }
}
