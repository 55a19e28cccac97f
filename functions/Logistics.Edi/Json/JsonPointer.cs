namespace Logistics.Edi.Json;

/// <summary>Builds RFC 6901 JSON pointers.</summary>
public static class JsonPointer
{
    /// <summary>Appends a property name or array index, escaping '~' as ~0 and '/' as ~1.</summary>
    public static string Append(string pointer, string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return pointer + "/" + token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
    }

    /// <summary>Appends an array index.</summary>
    public static string Append(string pointer, int index) =>
        pointer + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
