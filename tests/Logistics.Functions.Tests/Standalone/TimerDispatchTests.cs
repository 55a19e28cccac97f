using Logistics.Functions.Standalone;
using Logistics.Functions.Tests.Infrastructure;

namespace Logistics.Functions.Tests.Standalone;

/// <summary>Timer functions in the standalone runtime, driven by a manual clock (never by sleeping).</summary>
[Collection(TestFunctionsCollection.Name)]
public sealed class TimerDispatchTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 10, 2, 30, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("logistics-timers-").FullName;
    private readonly InvocationLog _log = TestFunctions.Reset();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Timer_FiresAtEachOccurrence_AsTheClockAdvances()
    {
        var time = new ManualTimeProvider(Start);
        using var factory = Host(time, TestFunctions.Create());
        _ = factory.Server;

        await NextScheduledAsync(factory, "10:05:00");
        Assert.Empty(_log.All);
        time.Advance(TimeSpan.FromMinutes(2.5));
        await _log.WaitUntilAsync(all => all.Count == 1);
        await NextScheduledAsync(factory, "10:10:00");
        time.Advance(TimeSpan.FromMinutes(4));
        Assert.Single(_log.All);
        time.Advance(TimeSpan.FromMinutes(1));
        await _log.WaitUntilAsync(all => all.Count == 2);

        Assert.All(_log.All, i => Assert.False(i.Timer!.IsPastDue));
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 10, 5, 0, TimeSpan.Zero), _log.All.Last().Timer!.ScheduleStatus!.Last);
    }

    [Fact]
    public async Task MissedOccurrences_FireOnceAtStartUp_AsPastDue()
    {
        var time = new ManualTimeProvider(Start);
        using (var first = Host(time, TestFunctions.Create()))
        {
            _ = first.Server;
            await NextScheduledAsync(first, "10:05:00");
        }

        // Down from 10:02:30 to 10:22:00: the 10:05, 10:10, 10:15 and 10:20 occurrences were missed.
        time.Advance(TimeSpan.FromMinutes(19.5));
        using var second = Host(time, TestFunctions.Create());
        _ = second.Server;
        await _log.WaitUntilAsync(all => all.Count == 1);
        await NextScheduledAsync(second, "10:25:00");

        var caughtUp = Assert.Single(_log.All);
        Assert.True(caughtUp.Timer!.IsPastDue);
        time.Advance(TimeSpan.FromMinutes(3));
        await _log.WaitUntilAsync(all => all.Count == 2);
        Assert.False(_log.All.Last().Timer!.IsPastDue);
    }

    [Fact]
    public async Task RunOnStartup_FiresWhenTheRuntimeStarts()
    {
        var time = new ManualTimeProvider(Start);
        using var factory = Host(time, TestFunctions.Create(runOnStartup: true));
        _ = factory.Server;

        await _log.WaitUntilAsync(all => all.Count == 1);

        Assert.False(Assert.Single(_log.All).Timer!.IsPastDue);
    }

    // The scheduler records its next occurrence before it waits; once recorded, advancing the clock cannot be missed.
    private static Task NextScheduledAsync(FunctionHostFactory factory, string utcTime)
    {
        var expected = DateTimeOffset.Parse($"2026-11-21T{utcTime}Z", System.Globalization.CultureInfo.InvariantCulture);
        var statuses = factory.Get<TimerStatusStore>();
        return Eventually.TrueAsync(async () => (await statuses.ReadAsync("TestTimer", CancellationToken.None))?.Next == expected, $"next run at {utcTime}");
    }

    private FunctionHostFactory Host(TimeProvider time, Logistics.Functions.Table.FunctionTable table) =>
        new(
            new Dictionary<string, string?>
            {
                ["Standalone:EnableQueues"] = "false",
                ["Storage:Documents:DatabasePath"] = Path.Combine(_folder, "timers.db"),
            },
            table,
            time);
}
