using Logistics.Orchestration.Tests.Support;

namespace Logistics.Orchestration.Tests.Conformance;

public sealed class TimerTests
{
    private static void Register(OrchestrationRegistry registry) => registry
        .AddOrchestratorFunc<string, string>("PastTimer", async (ctx, _) =>
        {
            await ctx.CreateTimer(ctx.CurrentUtcDateTime.AddMinutes(-5), CancellationToken.None);
            return "fired";
        })
        .AddOrchestratorFunc<string, string>("Sleeper", async (ctx, _) =>
        {
            var started = ctx.CurrentUtcDateTime;
            await ctx.CreateTimer(started.AddHours(1), CancellationToken.None);
            return $"woke after {(ctx.CurrentUtcDateTime - started).TotalMinutes} min";
        });

    [Fact]
    public async Task Durable_timer_fires_after_a_process_restart()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Sleeper");
        var waiting = await host.WaitForStateAsync(id, s => s.NextTimerDueAt is not null);
        Assert.Equal(host.Time.GetUtcNow().AddHours(1), waiting.NextTimerDueAt);

        await host.RestartAsync();
        await host.AdvanceToAsync(id, host.Time.GetUtcNow().AddMinutes(59));
        Assert.Equal(0, await host.Runtime.FireDueTimersAsync());
        var early = await host.Client.GetInstanceAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Running, early!.RuntimeStatus);
        await host.AdvanceToAsync(id, waiting.NextTimerDueAt!.Value);
        var result = await host.WaitForCompletionAsync(id);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("woke after 60 min", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Scheduled_start_waits_for_its_time()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);
        var startAt = host.Time.GetUtcNow().AddMinutes(30);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("Sleeper", options: new Client.StartOrchestrationOptions(StartAt: startAt));
        var pending = await host.Client.GetInstanceAsync(id);
        Assert.Equal(OrchestrationRuntimeStatus.Pending, pending!.RuntimeStatus);
        Assert.Equal(startAt, pending.NextTimerDueAt);
        Assert.Equal(0, await host.Runtime.FireDueTimersAsync());

        await host.AdvanceToAsync(id, startAt);
        var result = await host.DriveTimersToCompletionAsync(id);

        Assert.Equal("woke after 60 min", result.ReadOutputAs<string>());
        Assert.Equal(startAt.AddHours(1), host.Time.GetUtcNow());
    }

    [Fact]
    public async Task Timer_already_due_fires_without_advancing_the_clock()
    {
        await using var host = await OrchestrationTestHost.StartAsync(Register);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("PastTimer");
        var result = await host.WaitForCompletionAsync(id);

        Assert.Equal("fired", result.ReadOutputAs<string>());
    }
}
