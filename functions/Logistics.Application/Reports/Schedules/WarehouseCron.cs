using Logistics.Application.Warehouse;
using NCrontab;

namespace Logistics.Application.Reports.Schedules;

/// <summary>NCRONTAB expressions read on the warehouse's wall clock (its IANA zone), as owners' schedules are written.</summary>
public static class WarehouseCron
{
    /// <summary>The parsed expression: five fields, or six with seconds first as timer functions write them; null when it is neither.</summary>
    public static CrontabSchedule? Parse(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            return null;
        }

        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return fields is 5 or 6 ? CrontabSchedule.TryParse(cron, new CrontabSchedule.ParseOptions { IncludingSeconds = fields == 6 }) : null;
    }

    /// <summary>
    /// The occurrences of <paramref name="cron"/> after <paramref name="after"/> and up to <paramref name="until"/>, as
    /// instants. A wall-clock time a daylight saving gap skips happens when the gap ends (02:30 becomes 03:30); one that
    /// happens twice as clocks go back happens once, at the earlier instant.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="cron"/> is not an NCRONTAB expression.</exception>
    public static IEnumerable<DateTimeOffset> Occurrences(string cron, BusinessCalendar calendar, DateTimeOffset after, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var schedule = Parse(cron) ?? throw new ArgumentException($"'{cron}' is not an NCRONTAB expression.", nameof(cron));
        var start = calendar.ToLocal(after).DateTime;
        var end = calendar.ToLocal(until).DateTime.AddTicks(1);

        // The wall clock runs back an hour when clocks go back, so a local time can map to an instant already passed:
        // only instants after the last one are due, each once.
        return schedule.GetNextOccurrences(start, end).Select(calendar.InstantOf).Where(i => i > after && i <= until).Distinct();
    }
}
