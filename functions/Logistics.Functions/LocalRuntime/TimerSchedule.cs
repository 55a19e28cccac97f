using NCrontab;

namespace Logistics.Functions.LocalRuntime;

/// <summary>
/// A <c>[TimerTrigger]</c> schedule, parsed by NCrontab as the Functions host does: six fields with seconds, or a
/// <c>%AppSetting%</c> that names one.
/// </summary>
public sealed class TimerSchedule
{
    private readonly CrontabSchedule _schedule;

    private TimerSchedule(string expression, CrontabSchedule schedule)
    {
        Expression = expression;
        _schedule = schedule;
    }

    /// <summary>The NCRONTAB expression.</summary>
    public string Expression { get; }

    /// <summary>Parses <paramref name="schedule"/>, resolving <c>%Name%</c> from <paramref name="configuration"/>.</summary>
    /// <exception cref="InvalidOperationException">Not a six-field NCRONTAB expression, or an unset setting.</exception>
    public static TimerSchedule Parse(string functionName, string schedule, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(configuration);
        var expression = schedule;
        if (schedule.Length > 2 && schedule.StartsWith('%') && schedule.EndsWith('%'))
        {
            var setting = schedule[1..^1];
            expression = configuration[setting]
                ?? throw new InvalidOperationException($"Timer {functionName}: the schedule names the setting '{setting}', which is not set.");
        }

        var parsed = CrontabSchedule.TryParse(expression, new CrontabSchedule.ParseOptions { IncludingSeconds = true })
            ?? throw new InvalidOperationException($"Timer {functionName}: '{expression}' is not a six-field NCRONTAB expression (second minute hour day month day-of-week).");
        return new TimerSchedule(expression, parsed);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/> (UTC, as the host evaluates schedules by default).</summary>
    public DateTimeOffset Next(DateTimeOffset after) =>
        new(DateTime.SpecifyKind(_schedule.GetNextOccurrence(after.UtcDateTime), DateTimeKind.Utc));
}
