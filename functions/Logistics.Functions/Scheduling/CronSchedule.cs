namespace Logistics.Functions.Scheduling;

/// <summary>
/// A six-field NCRONTAB schedule as Azure Functions timer triggers use it:
/// <c>{second} {minute} {hour} {day} {month} {day-of-week}</c>, evaluated in UTC.
/// </summary>
/// <remarks>
/// Each field takes <c>*</c>, a value, a range <c>a-b</c>, a step <c>*/n</c>, <c>a-b/n</c> or <c>a/n</c>, and comma
/// lists of these. Months accept <c>JAN</c>–<c>DEC</c>, days of week <c>SUN</c>–<c>SAT</c> (0–6; 7 is also Sunday).
/// As in NCrontab, which the Functions host uses, a time must match the day-of-month <em>and</em> the day-of-week
/// field (classic Vixie cron matches either). A schedule that can never occur (such as 30 February) is rejected
/// when parsed, so <see cref="GetNextOccurrence"/> always terminates.
/// </remarks>
public sealed class CronSchedule
{
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    // Leap years and weekdays repeat every 400 years; a schedule that passes validation matches well within that.
    private const int SearchYears = 400;

    private readonly CronField _seconds;
    private readonly CronField _minutes;
    private readonly CronField _hours;
    private readonly CronField _days;
    private readonly CronField _months;
    private readonly CronField _daysOfWeek;

    private CronSchedule(string expression, CronField[] fields)
    {
        Expression = expression;
        (_seconds, _minutes, _hours, _days, _months, _daysOfWeek) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);
    }

    /// <summary>The expression as given.</summary>
    public string Expression { get; }

    /// <summary>Parses an expression; throws <see cref="FormatException"/> naming the bad field.</summary>
    public static CronSchedule Parse(string expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var parts = expression.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 6)
        {
            throw new FormatException(
                $"Invalid NCRONTAB expression '{expression}': expected six fields (second minute hour day month day-of-week), found {parts.Length}.");
        }

        var dayOfWeek = CronField.Parse(parts[5], "day-of-week", 0, 7, DayNames);
        var fields = new[]
        {
            CronField.Parse(parts[0], "second", 0, 59),
            CronField.Parse(parts[1], "minute", 0, 59),
            CronField.Parse(parts[2], "hour", 0, 23),
            CronField.Parse(parts[3], "day", 1, 31),
            CronField.Parse(parts[4], "month", 1, 12, MonthNames, nameOffset: 1),
            dayOfWeek,
        };
        var schedule = new CronSchedule(expression, fields);
        if (!schedule.CanEverOccur())
        {
            throw new FormatException($"Invalid NCRONTAB expression '{expression}': no selected month has any of the selected days.");
        }

        return schedule;
    }

    /// <summary>Parses an expression; returns false with a reason instead of throwing.</summary>
    public static bool TryParse(string expression, out CronSchedule? schedule, out string? error)
    {
        try
        {
            schedule = Parse(expression);
            error = null;
            return true;
        }
        catch (FormatException ex)
        {
            schedule = null;
            error = ex.Message;
            return false;
        }
    }

    /// <summary>The first matching instant strictly after <paramref name="after"/>, in UTC, at whole seconds.</summary>
    public DateTimeOffset GetNextOccurrence(DateTimeOffset after)
    {
        var utc = after.UtcDateTime;
        var t = new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc).AddSeconds(1);
        var limit = t.Year + SearchYears;
        while (t.Year <= limit)
        {
            if (!_months.Contains(t.Month))
            {
                t = new DateTime(t.Year, t.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
            }
            else if (!MatchesDay(t))
            {
                t = t.Date.AddDays(1);
            }
            else if (!_hours.Contains(t.Hour))
            {
                t = t.Date.AddHours(t.Hour + 1);
            }
            else if (!_minutes.Contains(t.Minute))
            {
                t = t.Date.AddHours(t.Hour).AddMinutes(t.Minute + 1);
            }
            else if (!_seconds.Contains(t.Second))
            {
                t = t.AddSeconds(1);
            }
            else
            {
                return new DateTimeOffset(t, TimeSpan.Zero);
            }
        }

        // Unreachable for a schedule that passed CanEverOccur; kept as a guard rather than an endless loop.
        throw new InvalidOperationException($"NCRONTAB expression '{Expression}' has no occurrence within {SearchYears} years.");
    }

    /// <summary>Occurrences in (<paramref name="after"/>, <paramref name="until"/>], in order.</summary>
    public IEnumerable<DateTimeOffset> GetOccurrences(DateTimeOffset after, DateTimeOffset until)
    {
        for (var next = GetNextOccurrence(after); next <= until; next = GetNextOccurrence(next))
        {
            yield return next;
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Expression;

    private bool MatchesDay(DateTime t)
    {
        var dayOfWeek = (int)t.DayOfWeek;
        return _days.Contains(t.Day) && (_daysOfWeek.Contains(dayOfWeek) || (dayOfWeek == 0 && _daysOfWeek.Contains(7)));
    }

    private bool CanEverOccur()
    {
        int[] longestMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
        for (var month = 1; month <= 12; month++)
        {
            if (!_months.Contains(month))
            {
                continue;
            }

            for (var day = 1; day <= longestMonth[month - 1]; day++)
            {
                if (_days.Contains(day))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
