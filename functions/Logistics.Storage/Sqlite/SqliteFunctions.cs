using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Logistics.Storage.Sqlite;

/// <summary>SQL functions the store registers on every connection.</summary>
internal static class SqliteFunctions
{
    /// <summary>Name of the function that normalizes an ISO-8601 text to a fixed-width UTC form.</summary>
    public const string UtcName = "logistics_utc";

    private const string UtcFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static void Register(SqliteConnection connection) =>
        connection.CreateFunction<object?, string?>(UtcName, value => value is string text ? NormalizeUtc(text) : null, isDeterministic: true);

    /// <summary>
    /// System.Text.Json writes <c>+00:00</c> or <c>Z</c> and trims trailing fraction zeros, so two equal instants can
    /// differ as text; comparing the fixed-width UTC form makes equality and ranges exact.
    /// </summary>
    public static string? NormalizeUtc(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value)
            ? Format(value)
            : null;

    public static string Format(DateTimeOffset value) => value.UtcDateTime.ToString(UtcFormat, CultureInfo.InvariantCulture);
}
