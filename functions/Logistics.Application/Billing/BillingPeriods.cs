using System.Globalization;

namespace Logistics.Application.Billing;

/// <summary>Billing periods: the warehouse's calendar months, named <c>yyyy-MM</c>.</summary>
public static class BillingPeriods
{
    /// <summary>The period of a warehouse date.</summary>
    public static string Of(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>The first day of a period, or null when <paramref name="period"/> is not <c>yyyy-MM</c>.</summary>
    public static DateOnly? FirstDay(string? period) =>
        period is { Length: 7 } && DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first
            : null;

    /// <summary>The last day of a valid period.</summary>
    public static DateOnly LastDay(string period) => Require(period).AddMonths(1).AddDays(-1);

    /// <summary>The period after a valid period.</summary>
    public static string Next(string period) => Of(Require(period).AddMonths(1));

    private static DateOnly Require(string period) =>
        FirstDay(period) ?? throw new ArgumentException($"'{period}' is not a period (yyyy-MM).", nameof(period));
}
