using Logistics.Application.Alerts;

namespace Logistics.Functions.Alerts;

/// <summary>The publisher's alert settings as stored, or the defaults (<see cref="IsDefault"/>); dates count in <see cref="TimeZone"/>.</summary>
public sealed record AlertSettingsView(long LowStockThreshold, IReadOnlyList<SkuThreshold> SkuThresholds, int ExpiryWindowDays, bool IsDefault, string TimeZone)
{
    /// <summary>The view of <paramref name="settings"/> in the warehouse's <paramref name="timeZone"/>.</summary>
    public static AlertSettingsView From(AlertSettingsDocument settings, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new AlertSettingsView(settings.LowStockThreshold, settings.SkuThresholds, settings.ExpiryWindowDays, settings.UpdatedAt == DateTimeOffset.MinValue, timeZone);
    }
}
