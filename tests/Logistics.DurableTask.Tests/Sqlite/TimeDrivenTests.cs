using System.Globalization;
using Logistics.DurableTask.Tests.Support;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Logistics.DurableTask.Tests.Sqlite;

/// <summary>
/// Durable time on the SQLite task hub runs on the injected clock: timers, deadlines and scheduled starts wait for a test
/// clock to pass their time, and orchestrations see that clock as their current time.
/// </summary>
public sealed class TimeDrivenTests
{
    private static readonly DateTime Start = ManualTimeProvider.DefaultStart.UtcDateTime;

    [Fact]
    public async Task A_timer_does_not_fire_before_its_due_time_and_fires_once_the_clock_passes_it()
    {
        var time = new ManualTimeProvider();
        await using var host = await DurableTaskHost.StartSqliteAsync(Register, time);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync("TimerOrProbe", "x");
        await host.WaitUntilAsync(id, metadata => metadata.RuntimeStatus == OrchestrationRuntimeStatus.Running);

        time.Advance(TimeSpan.FromMinutes(59));
        // The probe's episode takes every message deliverable by then: had the timer fired early, it would come first.
        await host.Client.RaiseEventAsync(id, "probe", "now");
        await host.WaitUntilAsync(id, metadata => metadata.SerializedCustomStatus is not null || metadata.IsCompleted);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.Client.GetInstanceAsync(id))!.RuntimeStatus);
        time.Advance(TimeSpan.FromMinutes(2));
        var done = await host.WaitForCompletionAsync(id);

        var firedAt = done.ReadOutputAs<DateTime>();
        Assert.InRange(firedAt, Start.AddHours(1), Start.AddMinutes(61));
        Assert.Equal(ManualTimeProvider.DefaultStart, done.CreatedAt);
    }

    [Fact]
    public async Task A_deadline_wait_returns_the_event_before_the_deadline_and_times_out_once_the_clock_passes_it()
    {
        var time = new ManualTimeProvider();
        await using var host = await DurableTaskHost.StartSqliteAsync(Register, time);

        var approved = await host.Client.ScheduleNewOrchestrationInstanceAsync("Deadline", "x");
        await host.WaitUntilAsync(approved, metadata => metadata.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        time.Advance(TimeSpan.FromHours(23));
        await host.Client.RaiseEventAsync(approved, "approve", "ops");
        Assert.Equal("approved:ops", (await host.WaitForCompletionAsync(approved)).ReadOutputAs<string>());

        var expired = await host.Client.ScheduleNewOrchestrationInstanceAsync("Deadline", "x");
        await host.WaitUntilAsync(expired, metadata => metadata.RuntimeStatus == OrchestrationRuntimeStatus.Running);
        time.Advance(TimeSpan.FromHours(24));
        var done = await host.WaitForCompletionAsync(expired);

        Assert.Equal("timed out at " + Start.AddHours(47).ToString("O", CultureInfo.InvariantCulture), done.ReadOutputAs<string>());
        Assert.Equal(ManualTimeProvider.DefaultStart.AddHours(47), done.LastUpdatedAt);
    }

    [Fact]
    public async Task A_scheduled_start_waits_until_the_clock_reaches_it()
    {
        var time = new ManualTimeProvider();
        await using var host = await DurableTaskHost.StartSqliteAsync(Register, time);
        var later = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            "Now", "x", new StartOrchestrationOptions { StartAt = time.GetUtcNow().AddMinutes(10) });

        // Started after it but due at once: had the scheduled start been deliverable, it would have run first.
        var now = await host.Client.ScheduleNewOrchestrationInstanceAsync("Now", "x");
        await host.WaitForCompletionAsync(now);
        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await host.Client.GetInstanceAsync(later))!.RuntimeStatus);
        time.Advance(TimeSpan.FromMinutes(10));
        var done = await host.WaitForCompletionAsync(later);

        Assert.Equal(Start.AddMinutes(10), done.ReadOutputAs<DateTime>());
        Assert.Equal(ManualTimeProvider.DefaultStart, done.CreatedAt);
    }

    [Fact]
    public async Task Terminating_an_instance_whose_scheduled_start_is_not_due_ends_it_at_once()
    {
        var time = new ManualTimeProvider();
        await using var host = await DurableTaskHost.StartSqliteAsync(Register, time);
        var later = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            "Now", "x", new StartOrchestrationOptions { StartAt = time.GetUtcNow().AddDays(1) });

        await host.Client.TerminateInstanceAsync(later, "not needed");
        var done = await host.WaitForCompletionAsync(later);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, done.RuntimeStatus);
        Assert.Equal("\"not needed\"", done.SerializedOutput);
        Assert.Equal(ManualTimeProvider.DefaultStart, done.LastUpdatedAt);
    }

    private static void Register(DurableTaskRegistry registry) => registry
        .AddOrchestratorFunc<string, DateTime>("TimerOrProbe", async (context, _) =>
        {
            var timer = context.CreateTimer(context.CurrentUtcDateTime.AddHours(1), CancellationToken.None);
            var probe = context.WaitForExternalEvent<string>("probe");
            if (await Task.WhenAny(timer, probe) == timer)
                return DateTime.MinValue;
            context.SetCustomStatus("probed");
            await timer;
            return context.CurrentUtcDateTime;
        })
        .AddOrchestratorFunc<string, string>("Deadline", async (context, _) =>
        {
            try
            {
                return "approved:" + await context.WaitForExternalEvent<string>("approve", TimeSpan.FromHours(24));
            }
            catch (TaskCanceledException)
            {
                return "timed out at " + context.CurrentUtcDateTime.ToString("O", CultureInfo.InvariantCulture);
            }
        })
        .AddOrchestratorFunc<string, DateTime>("Now", (context, _) => context.CurrentUtcDateTime);
}
