namespace Logistics.DurableTask.Sqlite;

/// <summary>Times as stored: unix milliseconds, UTC.</summary>
internal static class UnixTime
{
    public static long ToMilliseconds(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    public static long ToMilliseconds(DateTime utc) =>
        new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToUnixTimeMilliseconds();

    public static DateTime ToDateTime(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime;

    public static DateTimeOffset ToDateTimeOffset(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
}
