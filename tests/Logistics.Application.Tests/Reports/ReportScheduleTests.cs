using Logistics.Application.Reports.Runs;
using Logistics.Application.Reports.Schedules;
using Logistics.Application.Tests.Support;
using Logistics.Application.Warehouse;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Logistics.Application.Tests.Reports;

/// <summary>
/// Owners' standing reports: NCRONTAB on the warehouse's wall clock (daylight saving included), each occurrence started
/// once as its own run, missed occurrences caught up, and no back-fill for a schedule seen for the first time.
/// </summary>
public sealed class ReportScheduleTests
{
    private static readonly BusinessCalendar Berlin = new(new ManualTimeProvider(), Options.Create(new WarehouseOptions { TimeZone = "Europe/Berlin" }));

    [Fact]
    public void A_time_the_spring_gap_skips_happens_when_the_gap_ends_and_one_the_autumn_repeats_happens_once()
    {
        var spring = WarehouseCron.Occurrences("30 2 * * *", Berlin, At("2027-03-27T00:00:00Z"), At("2027-03-29T00:00:00Z")).ToList();
        var autumn = WarehouseCron.Occurrences("30 2 * * *", Berlin, At("2026-10-24T00:00:00Z"), At("2026-10-26T00:00:00Z")).ToList();

        // 02:30 CET is 01:30Z; on the 28th 02:30 does not exist and becomes 03:30 CEST, also 01:30Z.
        Assert.Equal([At("2027-03-27T01:30:00Z"), At("2027-03-28T01:30:00Z")], spring);

        // 02:30 CEST is 00:30Z; on the 25th 02:30 happens at 00:30Z (CEST) and again at 01:30Z (CET): run once, at the first.
        Assert.Equal([At("2026-10-24T00:30:00Z"), At("2026-10-25T00:30:00Z")], autumn);
    }

    [Fact]
    public void Midnight_is_the_warehouses_and_six_field_expressions_carry_seconds()
    {
        Assert.Equal([At("2026-11-30T23:00:00Z")], WarehouseCron.Occurrences("0 0 * * *", Berlin, At("2026-11-30T12:00:00Z"), At("2026-12-01T12:00:00Z")));
        Assert.Equal([At("2026-12-01T05:00:30Z")], WarehouseCron.Occurrences("30 0 6 * * *", Berlin, At("2026-12-01T00:00:00Z"), At("2026-12-01T12:00:00Z")));
        Assert.Null(WarehouseCron.Parse("0 0 * *"));
        Assert.Null(WarehouseCron.Parse("every day"));
    }

    [Fact]
    public async Task Each_occurrence_starts_its_run_once_missed_ones_are_caught_up_and_a_new_schedule_does_not_back_fill()
    {
        await using var warehouse = new TestWarehouse();
        var scheduler = warehouse.Get<ReportScheduler>();

        // First sight (2026-11-21 08:00Z): the checkpoints are set, nothing runs.
        Assert.Empty(await scheduler.RunDueAsync(warehouse.Durable, "acme", CancellationToken.None));

        // Down for two days: both midnights are run when the scheduler is back, and again runs nothing new.
        warehouse.Clock.Advance(TimeSpan.FromDays(2));
        var caughtUp = await scheduler.RunDueAsync(warehouse.Durable, "acme", CancellationToken.None);
        Assert.Equal(["daily-current-stock-2026-11-22", "daily-current-stock-2026-11-23"], caughtUp.Select(r => r.RunId));
        Assert.Empty(await scheduler.RunDueAsync(warehouse.Durable, "acme", CancellationToken.None));
        var run = await warehouse.Durable.GetInstanceAsync(ReportIds.InstanceOf("acme", "daily-current-stock-2026-11-23"), getInputsAndOutputs: true);
        Assert.NotNull(run);
        var input = run.ReadInputAs<ReportRunInput>()!;
        Assert.Equal((ReportKinds.CurrentStock, At("2026-11-23T00:00:00Z"), "schedule:daily-current-stock"), (input.Kind, input.AsOf, input.Trigger));
        Assert.Equal(["csv", "json"], input.Formats);

        // The 1st: the default monthly ledger covers the calendar month before.
        warehouse.Clock.Advance(At("2026-12-01T00:00:01Z") - warehouse.Clock.GetUtcNow());
        var december = await scheduler.RunDueAsync(warehouse.Durable, "acme", CancellationToken.None);
        Assert.Contains("monthly-stock-ledger-2026-11-01_2026-11-30", december.Select(r => r.RunId));
        var ledger = (await warehouse.Durable.GetInstanceAsync(ReportIds.InstanceOf("acme", "monthly-stock-ledger-2026-11-01_2026-11-30"), getInputsAndOutputs: true))!
            .ReadInputAs<ReportRunInput>()!;
        Assert.Equal((new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30)), (ledger.From!.Value, ledger.To!.Value));

        // A new schedule starts from when it is first seen; the days before are not back-filled.
        await warehouse.Get<ReportProfiles>().PutAsync("acme", [new ReportSchedule("weekly", ReportKinds.StockLedger, "0 6 * * 1", ReportPeriods.Week)], null, null, null, CancellationToken.None);
        Assert.Empty(await scheduler.RunDueAsync(warehouse.Durable, "acme", CancellationToken.None));
        warehouse.Clock.Advance(TimeSpan.FromDays(7));
        var weekly = Assert.Single(await scheduler.RunDueAsync(warehouse.Durable, "acme", CancellationToken.None));
        Assert.Equal("weekly-2026-11-30_2026-12-06", weekly.RunId);
    }

    [Fact]
    public async Task The_same_request_is_the_same_run_and_a_different_one_is_another()
    {
        await using var warehouse = new TestWarehouse();
        var runs = warehouse.Get<ReportRuns>();

        var first = await runs.StartAsync(warehouse.Durable, "acme", new ReportRequest(ReportKinds.StockLedger, From: new DateOnly(2026, 11, 1), To: new DateOnly(2026, 11, 20)), CancellationToken.None);
        var again = await runs.StartAsync(warehouse.Durable, "acme", new ReportRequest(ReportKinds.StockLedger, From: new DateOnly(2026, 11, 1), To: new DateOnly(2026, 11, 20)), CancellationToken.None);
        var detailed = await runs.StartAsync(warehouse.Durable, "acme", new ReportRequest(ReportKinds.StockLedger, From: new DateOnly(2026, 11, 1), To: new DateOnly(2026, 11, 20), Detail: true), CancellationToken.None);

        Assert.Equal(first.RunId, again.RunId);
        Assert.NotEqual(first.RunId, detailed.RunId);
        Assert.StartsWith("stock-ledger-2026-11-01_2026-11-20-", first.RunId, StringComparison.Ordinal);
        Assert.Equal(
            ["reports/acme/stock-ledger/2026-11-01_2026-11-20.csv", "reports/acme/stock-ledger/2026-11-01_2026-11-20.json", "reports/acme/stock-ledger/2026-11-01_2026-11-20.movements.csv"],
            detailed.Files);
        var instances = new List<string>();
        await foreach (var instance in warehouse.Durable.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = ReportIds.InstancePrefix }))
        {
            instances.Add(instance.InstanceId);
        }

        Assert.Equal(2, instances.Count);
    }

    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);
}
