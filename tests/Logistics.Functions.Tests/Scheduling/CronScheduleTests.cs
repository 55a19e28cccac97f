using Logistics.Functions.Scheduling;

namespace Logistics.Functions.Tests.Scheduling;

public sealed class CronScheduleTests
{
    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("0 */5 * * * *", "2026-11-21T10:02:30Z", "2026-11-21T10:05:00Z")]
    [InlineData("0 */5 * * * *", "2026-11-21T10:05:00Z", "2026-11-21T10:10:00Z")]
    [InlineData("* * * * * *", "2026-11-21T10:05:00.5Z", "2026-11-21T10:05:01Z")]
    [InlineData("*/10 * * * * *", "2026-11-21T10:05:09Z", "2026-11-21T10:05:10Z")]
    [InlineData("0 0 * * * *", "2026-11-21T23:30:00Z", "2026-11-22T00:00:00Z")]
    [InlineData("0 30 9 * * *", "2026-11-21T09:30:00Z", "2026-11-22T09:30:00Z")]
    [InlineData("0 30 9 * * MON-FRI", "2026-11-21T08:00:00Z", "2026-11-23T09:30:00Z")]
    [InlineData("0 0 0 1 * *", "2026-12-15T00:00:00Z", "2027-01-01T00:00:00Z")]
    [InlineData("0 0 0 29 2 *", "2026-03-01T00:00:00Z", "2028-02-29T00:00:00Z")]
    [InlineData("0 0 12 * JAN,JUL *", "2026-02-01T00:00:00Z", "2026-07-01T12:00:00Z")]
    [InlineData("0 0 12 * jan,Jul *", "2026-02-01T00:00:00Z", "2026-07-01T12:00:00Z")]
    [InlineData("15,45 * * * * *", "2026-11-21T10:00:20Z", "2026-11-21T10:00:45Z")]
    [InlineData("0 5-10/2 * * * *", "2026-11-21T10:06:00Z", "2026-11-21T10:07:00Z")]
    [InlineData("0 5-10/2 * * * *", "2026-11-21T10:09:30Z", "2026-11-21T11:05:00Z")]
    [InlineData("0 50/5 * * * *", "2026-11-21T10:56:00Z", "2026-11-21T11:50:00Z")]
    [InlineData("0 0 0 * * 0", "2026-11-21T10:00:00Z", "2026-11-22T00:00:00Z")]
    [InlineData("0 0 0 * * 7", "2026-11-21T10:00:00Z", "2026-11-22T00:00:00Z")]
    [InlineData("0 0 0 * * SUN", "2026-11-21T10:00:00Z", "2026-11-22T00:00:00Z")]
    [InlineData("59 59 23 31 12 *", "2026-11-21T10:00:00Z", "2026-12-31T23:59:59Z")]
    public void GetNextOccurrence_ReturnsTheFirstMatchStrictlyAfter(string expression, string after, string expected) =>
        Assert.Equal(At(expected), CronSchedule.Parse(expression).GetNextOccurrence(At(after)));

    [Fact]
    public void GetNextOccurrence_RequiresBothDayOfMonthAndDayOfWeek_AsNCrontabDoes()
    {
        // 13th that is a Friday: after 2026-11-21 the next is 2027-08-13.
        var next = CronSchedule.Parse("0 0 0 13 * FRI").GetNextOccurrence(At("2026-11-21T00:00:00Z"));
        Assert.Equal(At("2027-08-13T00:00:00Z"), next);
        Assert.Equal(DayOfWeek.Friday, next.DayOfWeek);
    }

    [Fact]
    public void GetNextOccurrence_ConvertsAnOffsetToUtc()
    {
        var next = CronSchedule.Parse("0 0 * * * *").GetNextOccurrence(At("2026-11-21T10:30:00+02:00"));
        Assert.Equal(At("2026-11-21T09:00:00Z"), next);
        Assert.Equal(TimeSpan.Zero, next.Offset);
    }

    [Fact]
    public void GetOccurrences_ListsEveryOccurrenceInTheRange()
    {
        var occurrences = CronSchedule.Parse("0 0 */6 * * *").GetOccurrences(At("2026-11-21T00:00:00Z"), At("2026-11-22T00:00:00Z")).ToList();
        Assert.Equal(
            [At("2026-11-21T06:00:00Z"), At("2026-11-21T12:00:00Z"), At("2026-11-21T18:00:00Z"), At("2026-11-22T00:00:00Z")],
            occurrences);
    }

    [Theory]
    [InlineData("* * * * *", "six fields")]
    [InlineData("0 * * * * * *", "six fields")]
    [InlineData("60 * * * * *", "second")]
    [InlineData("0 60 * * * *", "minute")]
    [InlineData("0 0 24 * * *", "hour")]
    [InlineData("0 0 0 0 * *", "day")]
    [InlineData("0 0 0 32 * *", "day")]
    [InlineData("0 0 0 * 13 *", "month")]
    [InlineData("0 0 0 * FOO *", "month")]
    [InlineData("0 0 0 * * 8", "day-of-week")]
    [InlineData("0 0 0 * * MOO", "day-of-week")]
    [InlineData("*/0 * * * * *", "second")]
    [InlineData("10-5 * * * * *", "second")]
    [InlineData("0 ,5 * * * *", "minute")]
    [InlineData("0 0 0 30 2 *", "no selected month")]
    [InlineData("0 0 0 31 APR,JUN,SEP,NOV *", "no selected month")]
    public void Parse_RejectsInvalidExpressions_NamingTheProblem(string expression, string expected)
    {
        var error = Assert.Throws<FormatException>(() => CronSchedule.Parse(expression));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(CronSchedule.TryParse(expression, out _, out var message));
        Assert.Equal(error.Message, message);
    }

    [Fact]
    public void GetNextOccurrence_WalksAYearOfEveryMinuteConsistently()
    {
        var schedule = CronSchedule.Parse("0 7,37 */3 * * MON,WED");
        var t = At("2026-01-01T00:00:00Z");
        for (var i = 0; i < 500; i++)
        {
            var next = schedule.GetNextOccurrence(t);
            Assert.True(next > t);
            Assert.True(next.Minute is 7 or 37 && next.Hour % 3 == 0 && next.Second == 0);
            Assert.True(next.DayOfWeek is DayOfWeek.Monday or DayOfWeek.Wednesday);
            t = next;
        }
    }
}
