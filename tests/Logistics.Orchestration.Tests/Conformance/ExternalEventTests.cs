using Logistics.Orchestration.Tests.Support;

namespace Logistics.Orchestration.Tests.Conformance;

public sealed class ExternalEventTests
{
    private static void Register(OrchestrationRegistry registry) => registry
        .AddOrchestratorFunc<string, string>("Approval", async (ctx, _) =>
        {
            try
            {
                return "approved by " + await ctx.WaitForExternalEvent<string>("Approve", TimeSpan.FromHours(2));
            }
            catch (TimeoutException)
            {
                return "timed out";
            }
        })
        .AddOrchestratorFunc<string, string>("WaitAfterTimer", async (ctx, _) =>
        {
            await ctx.CreateTimer(TimeSpan.FromMinutes(5), CancellationToken.None);
            return await ctx.WaitForExternalEvent<string>("Go");
        })
        .AddOrchestratorFunc<string, string>("TwoItems", async (ctx, _) =>
        {
            var first = await ctx.WaitForExternalEvent<string>("Item");
            var second = await ctx.WaitForExternalEvent<string>("item");
            return first + "," + second;
        });

    [Fact]
    public async Task Event_arriving_before_the_timeout_wins()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Approval");
        await host.WaitForStateAsync(id, s => s.NextTimerDueAt is not null);

        await host.Client.RaiseEventAsync(id, "approve", "ops");
        var result = await host.WaitForCompletionAsync(id);

        Assert.Equal("approved by ops", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Wait_times_out_when_the_timer_fires_first()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Approval");

        var result = await host.DriveTimersToCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("timed out", result.ReadOutputAs<string>());
        Assert.Equal(host.Time.GetUtcNow(), result.History!.Single(e => e.EventType == HistoryEventType.TimerFired).Timestamp);
    }

    [Fact]
    public async Task Event_raised_before_the_wait_is_buffered()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("WaitAfterTimer");
        await host.WaitForStateAsync(id, s => s.NextTimerDueAt is not null);

        await host.Client.RaiseEventAsync(id, "Go", "early bird");
        await host.WaitForStateAsync(id, s => s.History!.Any(e => e.EventType == HistoryEventType.EventRaised));
        var result = await host.DriveTimersToCompletionAsync(id);

        Assert.Equal("early bird", result.ReadOutputAs<string>());
        var history = result.History!.Select(e => e.EventType).ToList();
        Assert.True(history.IndexOf(HistoryEventType.EventRaised) < history.IndexOf(HistoryEventType.TimerFired));
    }

    [Fact]
    public async Task Two_events_of_one_name_complete_two_waits_in_order()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("TwoItems");

        await host.Client.RaiseEventAsync(id, "ITEM", "first");
        await host.Client.RaiseEventAsync(id, "Item", "second");
        var result = await host.WaitForCompletionAsync(id);

        Assert.Equal("first,second", result.ReadOutputAs<string>());
    }
}
