namespace Logistics.Application.Reports.Schedules;

/// <summary>The periods a scheduled stock ledger covers (<see cref="ReportSchedule.Period"/>).</summary>
public static class ReportPeriods
{
    /// <summary>The business day before the occurrence's.</summary>
    public const string Day = "day";

    /// <summary>The 7 business days before the occurrence's.</summary>
    public const string Week = "week";

    /// <summary>From the same day a month earlier to the day before the occurrence's.</summary>
    public const string Month = "month";

    /// <summary>From the same day a year earlier to the day before the occurrence's.</summary>
    public const string Year = "year";

    /// <summary>Every period.</summary>
    public static IReadOnlyList<string> All { get; } = [Day, Week, Month, Year];

    /// <summary>The first and last business day of the period that ends as business day <paramref name="day"/> begins.</summary>
    public static (DateOnly From, DateOnly To) Before(DateOnly day, string period) => period switch
    {
        Day => (day.AddDays(-1), day.AddDays(-1)),
        Week => (day.AddDays(-7), day.AddDays(-1)),
        Month => (day.AddMonths(-1), day.AddDays(-1)),
        Year => (day.AddYears(-1), day.AddDays(-1)),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "Not a report period."),
    };
}
