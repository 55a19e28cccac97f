using System.Globalization;
using Logistics.Functions.LocalRuntime;
using Logistics.Functions.Management;
using Microsoft.Extensions.Configuration;

namespace Logistics.Functions.Tests.LocalRuntime;

/// <summary>
/// <c>[TimerTrigger]</c> schedules as the local runtime reads them: NCRONTAB with seconds (the Functions host's own
/// parser and semantics), <c>%Setting%</c> resolved from configuration, anything else refused before the first run.
/// </summary>
public sealed class TimerScheduleTests
{
    private static readonly IConfiguration NoSettings = new ConfigurationBuilder().Build();

    [Theory]
    [InlineData("0 */5 * * * *", "2026-11-21T10:02:30Z", "2026-11-21T10:05:00Z")]
    [InlineData("0 */5 * * * *", "2026-11-21T10:05:00Z", "2026-11-21T10:10:00Z")]
    [InlineData("* * * * * *", "2026-11-21T10:05:00.5Z", "2026-11-21T10:05:01Z")]
    [InlineData("*/10 * * * * *", "2026-11-21T10:05:09Z", "2026-11-21T10:05:10Z")]
    [InlineData("0 0 * * * *", "2026-11-21T23:30:00Z", "2026-11-22T00:00:00Z")]
    [InlineData("0 30 9 * * *", "2026-11-21T09:30:00Z", "2026-11-22T09:30:00Z")]
    [InlineData("0 30 9 * * MON-FRI", "2026-11-21T08:00:00Z", "2026-11-23T09:30:00Z")]
    [InlineData("0 30 9 * * 1-5", "2026-11-21T08:00:00Z", "2026-11-23T09:30:00Z")]
    [InlineData("0 0 0 1 * *", "2026-12-15T00:00:00Z", "2027-01-01T00:00:00Z")]
    [InlineData("0 0 0 29 2 *", "2026-03-01T00:00:00Z", "2028-02-29T00:00:00Z")]
    [InlineData("0 0 12 * JAN,JUL *", "2026-02-01T00:00:00Z", "2026-07-01T12:00:00Z")]
    [InlineData("0 0 12 * jan,Jul *", "2026-02-01T00:00:00Z", "2026-07-01T12:00:00Z")]
    [InlineData("15,45 * * * * *", "2026-11-21T10:00:20Z", "2026-11-21T10:00:45Z")]
    [InlineData("0 5-10/2 * * * *", "2026-11-21T10:06:00Z", "2026-11-21T10:07:00Z")]
    [InlineData("0 5-10/2 * * * *", "2026-11-21T10:09:30Z", "2026-11-21T11:05:00Z")]
    [InlineData("0 0 0 * * 0", "2026-11-21T10:00:00Z", "2026-11-22T00:00:00Z")]
    [InlineData("0 0 0 * * SUN", "2026-11-21T10:00:00Z", "2026-11-22T00:00:00Z")]
    [InlineData("59 59 23 31 12 *", "2026-11-21T10:00:00Z", "2026-12-31T23:59:59Z")]
    public void Next_is_the_first_occurrence_strictly_after_the_given_instant(string expression, string after, string expected) =>
        Assert.Equal(At(expected), TimerSchedule.Parse("T", expression, NoSettings).Next(At(after)));

    [Fact]
    public void Day_of_month_and_day_of_week_must_both_match_as_in_NCrontab()
    {
        // A 13th that is a Friday: after 2026-11-21 the next is 2027-08-13.
        var next = TimerSchedule.Parse("T", "0 0 0 13 * FRI", NoSettings).Next(At("2026-11-21T00:00:00Z"));

        Assert.Equal(At("2027-08-13T00:00:00Z"), next);
        Assert.Equal(DayOfWeek.Friday, next.DayOfWeek);
    }

    [Fact]
    public void Next_evaluates_in_UTC_whatever_the_offset_it_is_given()
    {
        var next = TimerSchedule.Parse("T", "0 0 * * * *", NoSettings).Next(At("2026-11-21T10:30:00+02:00"));

        Assert.Equal(At("2026-11-21T09:00:00Z"), next);
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Fact]
    public void Successive_occurrences_walk_the_schedule_without_skipping_or_repeating()
    {
        var schedule = TimerSchedule.Parse("T", "0 7,37 */3 * * MON,WED", NoSettings);
        var t = At("2026-01-01T00:00:00Z");
        for (var i = 0; i < 500; i++)
        {
            var next = schedule.Next(t);
            Assert.True(next > t);
            Assert.True(next.Minute is 7 or 37 && next.Hour % 3 == 0 && next.Second == 0, next.ToString("O", CultureInfo.InvariantCulture));
            Assert.True(next.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Wednesday);
            t = next;
        }
    }

    [Fact]
    public void A_percent_wrapped_name_is_read_from_configuration()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReportSchedule"] = "0 0 6 * * *",
            ["Reports:Weekly"] = "0 0 6 * * MON",
        }).Build();

        var daily = TimerSchedule.Parse("DailyReport", "%ReportSchedule%", settings);
        var weekly = TimerSchedule.Parse("WeeklyReport", "%Reports:Weekly%", settings);

        Assert.Equal("0 0 6 * * *", daily.Expression);
        Assert.Equal(At("2026-11-22T06:00:00Z"), daily.Next(At("2026-11-21T10:00:00Z")));
        Assert.Equal(At("2026-11-23T06:00:00Z"), weekly.Next(At("2026-11-21T10:00:00Z")));
    }

    [Fact]
    public void A_setting_that_is_not_set_is_refused_naming_the_function_and_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TimerSchedule.Parse("DailyReport", "%ReportSchedule%", NoSettings));

        Assert.Contains("DailyReport", error.Message, StringComparison.Ordinal);
        Assert.Contains("'ReportSchedule'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_that_holds_no_valid_expression_is_refused_naming_the_expression()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ReportSchedule"] = "every day" }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => TimerSchedule.Parse("DailyReport", "%ReportSchedule%", settings));

        Assert.Contains("'every day'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("* * * * *")]
    [InlineData("0 * * * * * *")]
    [InlineData("")]
    [InlineData("%")]
    [InlineData("60 * * * * *")]
    [InlineData("0 60 * * * *")]
    [InlineData("0 0 24 * * *")]
    [InlineData("0 0 0 0 * *")]
    [InlineData("0 0 0 32 * *")]
    [InlineData("0 0 0 * 13 *")]
    [InlineData("0 0 0 * FOO *")]
    [InlineData("0 0 0 * * 8")]
    [InlineData("0 0 0 * * MOO")]
    [InlineData("00:05:00")]
    public void An_expression_that_is_not_six_field_NCRONTAB_is_refused_naming_the_function(string expression)
    {
        var error = Assert.Throws<InvalidOperationException>(() => TimerSchedule.Parse("BadTimer", expression, NoSettings));

        Assert.Contains("BadTimer", error.Message, StringComparison.Ordinal);
        Assert.Contains("six-field NCRONTAB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reconciliation_timer_runs_every_ten_minutes()
    {
        var schedule = TimerSchedule.Parse("ReconcileOrchestrations", ReconcileOrchestrationsFunction.Schedule, NoSettings);

        Assert.Equal(At("2026-11-21T10:10:00Z"), schedule.Next(At("2026-11-21T10:02:30Z")));
        Assert.Equal(At("2026-11-21T10:20:00Z"), schedule.Next(At("2026-11-21T10:10:00Z")));
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
