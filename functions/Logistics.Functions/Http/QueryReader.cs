using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace Logistics.Functions.Http;

/// <summary>Reads typed query-string values, collecting one error per bad parameter (named by <c>/name</c>) instead of throwing.</summary>
public sealed class QueryReader(IQueryCollection query)
{
    private readonly List<(string Pointer, string Detail)> _errors = [];

    /// <summary>Every error found so far.</summary>
    public IReadOnlyList<(string Pointer, string Detail)> Errors => _errors;

    /// <summary>A string, or null when absent or empty.</summary>
    public string? String(string name) => query.TryGetValue(name, out var value) && !StringValues.IsNullOrEmpty(value) ? value.ToString() : null;

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>], or <paramref name="fallback"/> when absent.</summary>
    public int Int(string name, int fallback, int min, int max)
    {
        if (String(name) is not { } text)
        {
            return fallback;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        _errors.Add(($"/{name}", $"'{name}' must be a whole number between {min} and {max}."));
        return fallback;
    }

    /// <summary>A boolean (<c>true</c>/<c>false</c>), or <paramref name="fallback"/> when absent.</summary>
    public bool Bool(string name, bool fallback)
    {
        if (String(name) is not { } text)
        {
            return fallback;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        _errors.Add(($"/{name}", $"'{name}' must be true or false."));
        return fallback;
    }

    /// <summary>An ISO 8601 instant (a time without an offset is taken as UTC), or null when absent.</summary>
    public DateTimeOffset? Instant(string name)
    {
        if (String(name) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        _errors.Add(($"/{name}", $"'{name}' must be an ISO 8601 date and time, not '{text}'."));
        return null;
    }

    /// <summary>A calendar date as <c>yyyy-MM-dd</c>, or null when absent.</summary>
    public DateOnly? Date(string name)
    {
        if (String(name) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        _errors.Add(($"/{name}", $"'{name}' must be a date as yyyy-MM-dd, not '{text}'."));
        return null;
    }

    /// <summary>An enum member by name (case-insensitive; numbers are refused), or null when absent.</summary>
    public TEnum? Enum<TEnum>(string name)
        where TEnum : struct, Enum
    {
        if (String(name) is not { } text)
        {
            return null;
        }

        if (System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _) && System.Enum.IsDefined(value))
        {
            return value;
        }

        _errors.Add(($"/{name}", $"'{name}' must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}."));
        return null;
    }

    /// <summary>Records an error found by the caller's own checks.</summary>
    public void Fail(string name, string detail) => _errors.Add(($"/{name}", detail));
}
