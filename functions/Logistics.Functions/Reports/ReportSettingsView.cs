using Logistics.Application.Reports.Schedules;

namespace Logistics.Functions.Reports;

/// <summary>The publisher's report settings as stored, or the defaults (<see cref="IsDefault"/>).</summary>
public sealed record ReportSettingsView(IReadOnlyList<ReportSchedule> Schedules, string? X12Qualifier, string? X12Id, string? X12Version, bool IsDefault, string TimeZone)
{
    /// <summary>The view of <paramref name="profile"/> in the warehouse's <paramref name="timeZone"/>.</summary>
    public static ReportSettingsView From(ReportProfileDocument profile, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ReportSettingsView(profile.Schedules, profile.X12Qualifier, profile.X12Id, profile.X12Version, profile.UpdatedAt == DateTimeOffset.MinValue, timeZone);
    }
}
