using Logistics.Functions.LocalRuntime;
using Logistics.Functions.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Logistics.Functions.Tests.LocalRuntime;

/// <summary>
/// The local runtime's timer scheduler, driven by a manual clock (never by sleeping): a run at each occurrence, a
/// missed occurrence made up once at start as past-due, <c>RunOnStartup</c>, failures, and schedules far apart.
/// </summary>
public sealed class TimerFunctionSchedulerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 2, 30, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("logistics-timers-").FullName;

    private string Database => Path.Combine(_folder, "timers.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_timer_runs_at_each_occurrence_as_the_clock_advances()
    {
        var time = new ManualTimeProvider(Start);
        await using var harness = await TimerHarness.StartAsync(Database, time, [typeof(TestTimers.EveryFiveMinutes)]);

        await time.WaitForTimersAsync(1);
        Assert.Equal(At(10, 5), (await harness.Statuses.ReadAsync(nameof(TestTimers.EveryFiveMinutes), CancellationToken.None))!.Next);
        Assert.Empty(harness.Runs.All);

        time.Advance(TimeSpan.FromMinutes(2.5));
        await harness.Runs.WaitForAsync(1);
        await time.WaitForTimersAsync(1);
        Assert.Equal(At(10, 10), (await harness.Statuses.ReadAsync(nameof(TestTimers.EveryFiveMinutes), CancellationToken.None))!.Next);

        time.Advance(TimeSpan.FromMinutes(4));
        Assert.Single(harness.Runs.All);
        time.Advance(TimeSpan.FromMinutes(1));
        await harness.Runs.WaitForAsync(2);

        var runs = harness.Runs.All;
        Assert.All(runs, r => Assert.False(r.Timer.IsPastDue));
        Assert.Equal(At(10, 5).UtcDateTime, runs[0].Timer.ScheduleStatus!.Next);
        Assert.Equal(At(10, 5).UtcDateTime, runs[1].Timer.ScheduleStatus!.Last);
        Assert.Equal(At(10, 10).UtcDateTime, runs[1].Timer.ScheduleStatus!.Next);
        Assert.Equal(2, harness.Runs.All.Count);
    }

    [Theory]
    [InlineData("AzureWebJobs.EveryFiveMinutes.Disabled")]
    [InlineData("AzureWebJobs:EveryFiveMinutes:Disabled")]
    public async Task A_timer_disabled_by_the_hosts_setting_does_not_run_and_the_others_do(string setting)
    {
        var time = new ManualTimeProvider(Start);
        await using var harness = await TimerHarness.StartAsync(
            Database, time, [typeof(TestTimers.EveryFiveMinutes), typeof(TestTimers.OnStartup)], settings: new Dictionary<string, string?> { [setting] = "true" });

        await harness.Runs.WaitForAsync(1);
        await time.WaitForTimersAsync(1);
        Assert.Equal(1, time.ActiveTimers);
        time.Advance(TimeSpan.FromMinutes(10));
        await harness.Runs.WaitForAsync(2);
        await time.WaitForTimersAsync(1);

        Assert.Equal([nameof(TestTimers.OnStartup)], harness.Runs.All.Select(r => r.Function).Distinct());
        Assert.Null(await harness.Statuses.ReadAsync(nameof(TestTimers.EveryFiveMinutes), CancellationToken.None));
    }

    [Fact]
    public async Task Occurrences_missed_while_the_runtime_was_down_run_once_at_start_as_past_due()
    {
        var time = new ManualTimeProvider(Start);
        await using (var first = await TimerHarness.StartAsync(Database, time, [typeof(TestTimers.EveryFiveMinutes)]))
        {
            await time.WaitForTimersAsync(1);
        }

        // Down from 10:02:30 to 10:22:00: the 10:05, 10:10, 10:15 and 10:20 occurrences were missed.
        time.Advance(TimeSpan.FromMinutes(19.5));
        await using var second = await TimerHarness.StartAsync(Database, time, [typeof(TestTimers.EveryFiveMinutes)]);
        await second.Runs.WaitForAsync(1);
        await time.WaitForTimersAsync(1);

        var caughtUp = Assert.Single(second.Runs.All).Timer;
        Assert.True(caughtUp.IsPastDue);
        Assert.Equal(At(10, 5).UtcDateTime, caughtUp.ScheduleStatus!.Next);
        var status = await second.Statuses.ReadAsync(nameof(TestTimers.EveryFiveMinutes), CancellationToken.None);
        Assert.Equal(At(10, 25), status!.Next);
        Assert.Equal(At(10, 5), status.Last);

        time.Advance(TimeSpan.FromMinutes(3));
        await second.Runs.WaitForAsync(2);
        Assert.False(second.Runs.All[^1].Timer.IsPastDue);
    }

    [Fact]
    public async Task A_restart_before_the_next_occurrence_runs_nothing_early()
    {
        var time = new ManualTimeProvider(Start);
        await using (var first = await TimerHarness.StartAsync(Database, time, [typeof(TestTimers.EveryFiveMinutes)]))
        {
            await time.WaitForTimersAsync(1);
        }

        time.Advance(TimeSpan.FromMinutes(1));
        await using var second = await TimerHarness.StartAsync(Database, time, [typeof(TestTimers.EveryFiveMinutes)]);
        await time.WaitForTimersAsync(1);

        Assert.Empty(second.Runs.All);
        time.Advance(TimeSpan.FromMinutes(1.5));
        await second.Runs.WaitForAsync(1);
        Assert.False(Assert.Single(second.Runs.All).Timer.IsPastDue);
    }

    [Fact]
    public async Task RunOnStartup_runs_the_timer_when_the_runtime_starts_then_keeps_its_schedule()
    {
        var time = new ManualTimeProvider(Start);
        await using var harness = await TimerHarness.StartAsync(Database, time, [typeof(TestTimers.OnStartup)]);

        await harness.Runs.WaitForAsync(1);
        await time.WaitForTimersAsync(1);
        var atStart = Assert.Single(harness.Runs.All).Timer;
        Assert.False(atStart.IsPastDue);
        Assert.Equal(At(10, 5).UtcDateTime, atStart.ScheduleStatus!.Next);

        time.Advance(TimeSpan.FromMinutes(2.5));
        await harness.Runs.WaitForAsync(2);
    }

    [Fact]
    public async Task A_failed_run_is_not_retried_and_the_timer_keeps_its_schedule()
    {
        var time = new ManualTimeProvider(Start);
        await using var harness = await TimerHarness.StartAsync(Database, time, [typeof(TestTimers.Failing), typeof(TestTimers.EveryFiveMinutes)]);
        await time.WaitForTimersAsync(2);

        time.Advance(TimeSpan.FromMinutes(2.5));
        await harness.Runs.WaitForAsync(2);
        await time.WaitForTimersAsync(2);
        time.Advance(TimeSpan.FromMinutes(5));
        await harness.Runs.WaitForAsync(4);

        Assert.Equal(2, harness.Runs.All.Count(r => r.Function == nameof(TestTimers.Failing)));
        Assert.Equal(2, harness.Runs.All.Count(r => r.Function == nameof(TestTimers.EveryFiveMinutes)));
        Assert.False(harness.Execution!.IsFaulted);
    }

    [Fact]
    public async Task A_timer_whose_occurrences_are_months_apart_waits_for_them()
    {
        var time = new ManualTimeProvider(Start);
        await using var harness = await TimerHarness.StartAsync(Database, time, [typeof(TestTimers.Yearly)]);

        await time.WaitForTimersAsync(1).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(harness.Execution!.IsFaulted, harness.Execution.Exception?.ToString());
        Assert.Equal(new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero), (await harness.Statuses.ReadAsync(nameof(TestTimers.Yearly), CancellationToken.None))!.Next);

        time.Advance(TimeSpan.FromDays(150));
        await time.WaitForTimersAsync(1);
        Assert.Empty(harness.Runs.All);
        time.Advance(TimeSpan.FromDays(60));
        await harness.Runs.WaitForAsync(1);
        Assert.Equal(new DateTime(2027, 6, 1, 0, 0, 0, DateTimeKind.Utc), Assert.Single(harness.Runs.All).Timer.ScheduleStatus!.Next);
    }

    [Fact]
    public async Task A_schedule_named_by_a_setting_runs_on_the_settings_expression()
    {
        var time = new ManualTimeProvider(Start);
        await using var harness = await TimerHarness.StartAsync(Database, time, [typeof(TestTimers.FromSetting)],
            settings: new Dictionary<string, string?> { ["TestTimerSchedule"] = "0 0 * * * *" });
        await time.WaitForTimersAsync(1);

        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Empty(harness.Runs.All);
        time.Advance(TimeSpan.FromMinutes(27.5));
        await harness.Runs.WaitForAsync(1);
        Assert.Equal(At(11, 0).UtcDateTime, Assert.Single(harness.Runs.All).Timer.ScheduleStatus!.Next);
    }

    [Fact]
    public async Task A_timer_whose_schedule_names_an_unset_setting_is_refused_before_the_scheduler_starts()
    {
        var time = new ManualTimeProvider(Start);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TimerHarness.StartAsync(Database, time, [typeof(TestTimers.FromSetting), typeof(TestTimers.OnStartup)]));

        Assert.Contains("'TestTimerSchedule'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_local_runtime_refuses_to_start_with_a_timer_schedule_that_does_not_parse()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TestApp.StartAsync(services: services => services.AddSingleton(TimerFunctions.Create(
                FunctionCatalog.From([typeof(TestTimers.FromSetting)]),
                new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["TestTimerSchedule"] = "every five minutes" }).Build()))));

        Assert.Contains("every five minutes", error.Message, StringComparison.Ordinal);
    }

    private static DateTimeOffset At(int hour, int minute) => new(2026, 11, 21, hour, minute, 0, TimeSpan.Zero);
}
