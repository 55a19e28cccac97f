using System.Net;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>The Development-only simulator plays the floor through to a completed notice.</summary>
public sealed class FloorSimulatorTests
{
    [Fact]
    public async Task Simulate_drives_a_notice_to_completion_in_Development()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        await using var app = await TestApp.StartAsync(time, environment: "Development");
        var client = app.Client;
        var keys = await TestKeys.CreateAsync(app);
        using (var item = await client.SendAsync(HttpMethod.Put, "/api/items/SIM-1", keys.PublisherA, """{"description":"Simulated","lotControlled":true}"""))
        {
            Assert.True(item.IsSuccessStatusCode);
        }

        using (var posted = await client.SendAsync(HttpMethod.Post, "/api/notices", keys.PublisherA,
            """{"noticeNumber":"SIM-1","type":"shipNotice","expectedDate":"2026-11-21","lines":[{"lineNumber":1,"sku":"SIM-1","quantity":40,"unit":"EA","lot":"L1"},{"lineNumber":2,"sku":"SIM-1","quantity":5,"unit":"EA","lot":"L2"}]}"""))
        {
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }

        using (var floor = await client.SendAsync(HttpMethod.Post, "/api/dev/simulate/acme~SIM-1", keys.Floor, "{}"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, floor.StatusCode);
        }

        using var simulated = await client.SendAsync(HttpMethod.Post, "/api/dev/simulate/acme~SIM-1", keys.Ops, "{}");
        var result = await simulated.JsonAsync();
        Assert.True(simulated.IsSuccessStatusCode, result.ToString());
        Assert.Equal(2, result.GetProperty("scans").GetInt32());
        Assert.True(result.GetProperty("putawayTasksConfirmed").GetInt32() >= 2);

        await Eventually.TrueAsync(
            async () =>
            {
                using var notice = await client.SendAsync(HttpMethod.Get, "/api/notices/acme~SIM-1", keys.PublisherA);
                return (await notice.JsonAsync()).GetProperty("runtimeStatus").GetString() == "Completed";
            },
            "the simulated notice to complete");

        using var inventory = await client.SendAsync(HttpMethod.Get, "/api/inventory?status=OnHand", keys.PublisherA);
        var onHand = (await inventory.JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(45, onHand.Sum(b => b.GetProperty("quantity").GetInt64()));
        Assert.All(onHand, b => Assert.StartsWith("A-", b.GetProperty("location").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Simulate_answers_404_outside_Development_and_changes_nothing()
    {
        await using var host = await InboundHost.StartAsync();
        await host.OkAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA,
            """{"noticeNumber":"SIM-2","type":"shipNotice","expectedDate":"2026-11-21","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":1,"unit":"CA"}]}""");
        await host.WaitForNoticeAsync("acme~SIM-2", n => InboundHost.AtStage(n, "AwaitingArrival"), "awaiting arrival");
        var before = await host.SnapshotAsync();

        using var response = await host.Client.SendAsync(HttpMethod.Post, "/api/dev/simulate/acme~SIM-2", host.Keys.Ops, "{}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("urn:logistics:problem:not-found", (await response.JsonAsync()).GetProperty("type").GetString());
        Assert.Equal(before, await host.SnapshotAsync());
    }
}
