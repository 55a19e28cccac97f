using System.Net;
using System.Text.Json;
using Logistics.Functions.Tests.Inbound;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.ValueAdded;

/// <summary>
/// Value-added work over HTTP with the orchestrations running: a kit job ordered by the publisher, picked by scan to the
/// processing area, completed into storage; another cancelled halfway, its inputs back; bad input named by field, short
/// stock refused, and the orchestration's custom status naming each stage.
/// </summary>
public sealed class WorkOrderEndToEndTests
{
    [Fact]
    public async Task A_kit_job_runs_from_order_to_storage_and_a_job_cancelled_halfway_gives_its_inputs_back()
    {
        await using var host = await InboundHost.StartAsync(environment: "Development", settings: new Dictionary<string, string?> { ["RateLimiting:PermitsPerWindow"] = "100000" });
        var keys = host.Keys;
        await host.PutItemAsync(keys.PublisherA, "PART-1", """{"description":"Map","lotControlled":true}""");
        await host.PutItemAsync(keys.PublisherA, "PART-2", """{"description":"Sleeve"}""");
        await host.PutItemAsync(keys.PublisherA, "GIFT-1", """{"description":"Gift set","components":[{"sku":"PART-1","units":2},{"sku":"PART-2","units":1}]}""");
        var kit = await host.OkAsync(HttpMethod.Get, "/api/items/GIFT-1", keys.PublisherA);
        Assert.Equal(2, kit.GetProperty("components")[0].GetProperty("units").GetInt32());
        await StockAsync(host);
        var before = await StockLedger.AssertBalancesEqualLedgerAsync(host, keys.PublisherA);

        // Order: bad input is named by field, short stock refused whole, a good order 202 and its repeat the same job.
        await AssertProblemAsync(host, """{"jobNumber":"GJ-1","kind":"bake","sku":"GIFT-1","units":1}""", HttpStatusCode.BadRequest, "/kind");
        await AssertProblemAsync(host, """{"jobNumber":"GJ-1","kind":"kit","sku":"NOPE","units":1}""", HttpStatusCode.BadRequest, "/sku");
        await AssertProblemAsync(host, """{"jobNumber":"GJ-1","kind":"kit","sku":"GIFT-1","units":"1"}""", HttpStatusCode.BadRequest, "/units");
        await AssertProblemAsync(host, """{"jobNumber":"GJ-1","kind":"kit","sku":"GIFT-1","units":50}""", HttpStatusCode.Conflict, null);
        var order = """{"jobNumber":"GJ-1","kind":"kit","sku":"GIFT-1","units":4,"instructions":"ribbon"}""";
        var job = await PostAsync(host, order);
        var repeat = await PostAsync(host, order);
        var jobId = job.GetProperty("jobId").GetString()!;
        Assert.Equal(("acme~GJ-1", "acme~GJ-1"), (jobId, repeat.GetProperty("jobId").GetString()));
        Assert.Equal(job.GetProperty("pickTasks").ToString(), repeat.GetProperty("pickTasks").ToString());

        var picking = await WaitForJobAsync(host, jobId, j => Custom(j, "stage") == "Picking" && Custom(j, "waitingFor") == "InputPicked", "picking");
        var open = await host.OkAsync(HttpMethod.Get, "/api/floor/work-orders", keys.Floor);
        Assert.Contains(open.GetProperty("jobs").EnumerateArray(), j => j.GetProperty("jobId").GetString() == jobId);

        // A wrong location is refused by field; then every task is picked by scan, one scan resent.
        var first = picking.GetProperty("pickTasks")[0];
        using (var wrong = await host.Client.SendAsync(HttpMethod.Post, $"/api/floor/work-orders/{jobId}/picks", keys.Floor, PickJson("w", first, "B-01-04")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Equal("/location", (await wrong.JsonAsync()).GetProperty("errors")[0].GetProperty("pointer").GetString());
        }

        await PickAllAsync(host, jobId, picking);
        await host.OkAsync(HttpMethod.Post, $"/api/floor/work-orders/{jobId}/picks", keys.Floor, PickJson("p1", first, null));
        await WaitForJobAsync(host, jobId, j => Custom(j, "stage") == "Processing" && Custom(j, "waitingFor") == "WorkCompleted", "processing");

        var completed = await host.OkAsync(HttpMethod.Post, $"/api/floor/work-orders/{jobId}/complete", keys.Floor, """{"location":"A-01-06","units":4}""");
        Assert.Equal("Completed", completed.GetProperty("stage").GetString());
        var again = await host.OkAsync(HttpMethod.Post, $"/api/floor/work-orders/{jobId}/complete", keys.Floor, """{"location":"A-01-05"}""");
        Assert.Equal(completed.GetProperty("outputs").ToString(), again.GetProperty("outputs").ToString());
        var done = await WaitForJobAsync(host, jobId, j => j.GetProperty("runtimeStatus").GetString() == "Completed", "completion");
        Assert.Equal("Completed", Custom(done, "stage"));
        using (var late = await host.Client.SendAsync(HttpMethod.Post, $"/api/work-orders/{jobId}/cancel", keys.PublisherA, "{}"))
        {
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        }

        var after = await StockLedger.AssertBalancesEqualLedgerAsync(host, keys.PublisherA);
        Assert.Equal(4, after.Where(b => (b.Sku, b.Lot, b.Location, b.Status) == ("GIFT-1", "GJ-1", "A-01-06", "OnHand")).Sum(b => b.Quantity));
        Assert.Equal(Units(before, "PART-1") - 8, Units(after, "PART-1"));
        Assert.Equal(Units(before, "PART-2") - 4, Units(after, "PART-2"));
        Assert.DoesNotContain(after, b => b.Quantity != 0 && b.Status is "PendingProcessing" or "PendingOut");

        // Halfway: the inputs are in the processing area when the owner cancels; they go back where they came from.
        var second = await PostAsync(host, """{"jobNumber":"GJ-2","kind":"kit","sku":"GIFT-1","units":2}""");
        var secondId = second.GetProperty("jobId").GetString()!;
        await PickAllAsync(host, secondId, await WaitForJobAsync(host, secondId, j => Custom(j, "stage") == "Picking", "second job picking"));
        await WaitForJobAsync(host, secondId, j => Custom(j, "stage") == "Processing", "second job processing");
        var cancelled = await host.OkAsync(HttpMethod.Post, $"/api/work-orders/{secondId}/cancel", keys.PublisherA, """{"reason":"campaign dropped"}""");
        Assert.Equal(("Cancelled", "owner: campaign dropped"), (cancelled.GetProperty("stage").GetString(), cancelled.GetProperty("cancelReason").GetString()));
        var gone = await WaitForJobAsync(host, secondId, j => j.GetProperty("runtimeStatus").GetString() == "Completed", "the cancelled job's end");
        Assert.Equal("Cancelled", Custom(gone, "stage"));
        Assert.Equal(after.Where(b => b.Quantity != 0).Order(), (await StockLedger.AssertBalancesEqualLedgerAsync(host, keys.PublisherA)).Where(b => b.Quantity != 0).Order());

        // Ops may cancel any owner's job; another publisher sees none of it.
        var third = await PostAsync(host, """{"jobNumber":"GJ-3","kind":"label","sku":"PART-2","units":1}""");
        var byOps = await host.OkAsync(HttpMethod.Post, $"/api/ops/work-orders/{third.GetProperty("jobId").GetString()}/cancel", keys.Ops);
        Assert.Equal("ops", byOps.GetProperty("cancelReason").GetString());
        using var foreign = await host.Client.SendAsync(HttpMethod.Get, $"/api/work-orders/{jobId}", keys.PublisherB);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        var list = await host.OkAsync(HttpMethod.Get, "/api/work-orders?stage=Cancelled", keys.PublisherA);
        Assert.Equal(["acme~GJ-2", "acme~GJ-3"], list.GetProperty("jobs").EnumerateArray().Select(j => j.GetProperty("jobId").GetString()));
    }

    // Two lots of PART-1 and some PART-2, received and put away by the floor simulator.
    private static async Task StockAsync(InboundHost host)
    {
        await host.OkAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA, """
            {"noticeNumber":"VAS-IN","type":"stockTransfer","expectedDate":"2026-11-21","lines":[
              {"lineNumber":1,"sku":"PART-1","quantity":6,"unit":"EA","lot":"L-A"},
              {"lineNumber":2,"sku":"PART-1","quantity":8,"unit":"EA","lot":"L-B"},
              {"lineNumber":3,"sku":"PART-2","quantity":9,"unit":"EA"}]}
            """);
        var simulated = await host.OkAsync(HttpMethod.Post, "/api/dev/simulate/acme~VAS-IN", host.Keys.Ops);
        Assert.True(simulated.GetProperty("putawayTasksConfirmed").GetInt32() >= 3, simulated.ToString());
    }

    private static async Task<JsonElement> PostAsync(InboundHost host, string json)
    {
        using var response = await host.Client.SendAsync(HttpMethod.Post, "/api/work-orders", host.Keys.PublisherA, json);
        var body = await response.JsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body.ToString());
        Assert.EndsWith($"/api/work-orders/{Uri.EscapeDataString(body.GetProperty("jobId").GetString()!)}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        return body;
    }

    private static async Task AssertProblemAsync(InboundHost host, string json, HttpStatusCode status, string? pointer)
    {
        using var response = await host.Client.SendAsync(HttpMethod.Post, "/api/work-orders", host.Keys.PublisherA, json);
        var problem = await response.JsonAsync();
        Assert.True(response.StatusCode == status, $"{json}: {(int)response.StatusCode} {problem}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (pointer is not null)
        {
            Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("pointer").GetString() == pointer);
        }
    }

    private static async Task PickAllAsync(InboundHost host, string jobId, JsonElement job)
    {
        foreach (var task in job.GetProperty("pickTasks").EnumerateArray())
        {
            await host.OkAsync(HttpMethod.Post, $"/api/floor/work-orders/{jobId}/picks", host.Keys.Floor, PickJson($"p{task.GetProperty("taskNumber").GetInt32()}", task, null));
        }
    }

    private static string PickJson(string scanId, JsonElement task, string? location) => JsonSerializer.Serialize(new
    {
        scanId,
        taskNumber = task.GetProperty("taskNumber").GetInt32(),
        location = location ?? task.GetProperty("location").GetString(),
        sku = task.GetProperty("sku").GetString(),
        lot = task.GetProperty("lot").GetString(),
        quantity = task.GetProperty("units").GetInt32(),
    });

    private static async Task<JsonElement> WaitForJobAsync(InboundHost host, string jobId, Func<JsonElement, bool> until, string what)
    {
        JsonElement job = default;
        await Eventually.TrueAsync(async () =>
        {
            job = await host.OkAsync(HttpMethod.Get, $"/api/work-orders/{Uri.EscapeDataString(jobId)}", host.Keys.PublisherA);
            return until(job);
        }, what);
        return job;
    }

    private static string? Custom(JsonElement job, string member) =>
        job.TryGetProperty("customStatus", out var custom) && custom.ValueKind == JsonValueKind.Object && custom.TryGetProperty(member, out var value) ? value.GetString() : null;

    private static long Units(IEnumerable<(string Sku, string? Lot, string Location, string Status, long Quantity)> balances, string sku) =>
        balances.Where(b => b.Sku == sku && b.Status is "OnHand" or "PendingProcessing").Sum(b => b.Quantity);
}
