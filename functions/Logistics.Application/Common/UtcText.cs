using System.Globalization;

namespace Logistics.Application.Common;

/// <summary>
/// Instants as fixed-width UTC strings. The document query port compares values as strings, so every stored instant
/// that is filtered or sorted on uses this one format (a trimmed fraction would sort wrongly against a full one).
/// </summary>
public static class UtcText
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    /// <summary>Formats <paramref name="instant"/> in UTC.</summary>
    public static string Of(DateTimeOffset instant) => instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);
}
