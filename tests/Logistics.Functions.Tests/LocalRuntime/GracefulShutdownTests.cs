using System.Net;
using Logistics.Functions.Tests.Inbound;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.LocalRuntime;

/// <summary>Stopping the local runtime drains work in flight, and a restart on the same data carries on where it stopped.</summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("logistics-drain-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Stopping_waits_for_the_timer_run_in_flight_which_sees_the_stop_and_finishes()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 10, 2, 30, TimeSpan.Zero));
        var gate = new TestTimers.Gate();
        await using var harness = await TimerHarness.StartAsync(Path.Combine(_folder, "drain.db"), time, [typeof(TestTimers.Blocking)], gate: gate);
        await gate.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stop = harness.StopAsync();
        Assert.False(stop.IsCompleted, "the stop must wait for the run in flight");
        gate.Release.SetResult();
        await stop.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(gate.Finished);
        Assert.True(gate.SawStop);
        time.Advance(TimeSpan.FromHours(1));
        Assert.Single(harness.Runs.All);
    }

    [Fact]
    public async Task An_app_stopped_with_an_orchestration_waiting_resumes_it_when_started_again_on_the_same_data()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 8, 0, 0, TimeSpan.Zero));
        var data = Path.Combine(_folder, "app");
        Directory.CreateDirectory(data);
        var first = await TestApp.StartAsync(time, dataDirectory: data);
        TestKeys keys;
        try
        {
            keys = await TestKeys.CreateAsync(first);
            using (var item = await first.Client.SendAsync(HttpMethod.Put, "/api/items/BOOK-002", keys.PublisherA, """{"description":"Novel","packUnit":"case","caseQuantity":10}"""))
            {
                Assert.Equal(HttpStatusCode.Created, item.StatusCode);
            }

            using (var posted = await first.Client.SendAsync(HttpMethod.Post, "/api/notices", keys.PublisherA,
                """{"noticeNumber":"R-1","type":"shipNotice","expectedDate":"2026-11-22","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":1,"unit":"CA"}]}"""))
            {
                Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
            }

            await Eventually.TrueAsync(async () => InboundHost.AtStage(await NoticeAsync(first, keys), "AwaitingArrival"), "awaiting arrival");
        }
        finally
        {
            // Stopped, not disposed: disposing would delete the data the second start reads.
            await first.StopAsync();
        }

        await using var second = await TestApp.StartAsync(time, dataDirectory: data);
        Assert.True(InboundHost.AtStage(await NoticeAsync(second, keys), "AwaitingArrival"));
        using (var arrival = await second.Client.SendAsync(HttpMethod.Post, "/api/notices/acme~R-1/arrival", keys.Floor, "{}"))
        {
            Assert.Equal(HttpStatusCode.OK, arrival.StatusCode);
        }

        await Eventually.TrueAsync(async () => InboundHost.AtStage(await NoticeAsync(second, keys), "Receiving"), "the resumed orchestration to move to receiving");
    }

    private static async Task<System.Text.Json.JsonElement> NoticeAsync(TestApp app, TestKeys keys)
    {
        using var response = await app.Client.SendAsync(HttpMethod.Get, "/api/notices/acme~R-1", keys.PublisherA);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }
}
