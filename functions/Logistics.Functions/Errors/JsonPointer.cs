using System.Text;

namespace Logistics.Functions.Errors;

/// <summary>Converts System.Text.Json paths (<c>$.lines[2]['odd name']</c>) to RFC 6901 JSON pointers (<c>/lines/2/odd name</c>).</summary>
public static class JsonPointer
{
    /// <summary>The pointer for a JSON path; <c>""</c> (the whole document) for <c>$</c> or null.</summary>
    public static string FromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var pointer = new StringBuilder();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                Append(pointer, path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                Append(pointer, path[(i + 2)..end]);
                i = Math.Min(end + 2, path.Length);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                end = end < 0 ? path.Length : end;
                Append(pointer, path[(i + 1)..end]);
                i = Math.Min(end + 1, path.Length);
            }
            else
            {
                i++;
            }
        }

        return pointer.ToString();
    }

    /// <summary><paramref name="pointer"/> extended by one member name, escaped as RFC 6901 requires.</summary>
    public static string Append(string pointer, string name)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        ArgumentNullException.ThrowIfNull(name);
        var extended = new StringBuilder(pointer);
        Append(extended, name);
        return extended.ToString();
    }

    private static void Append(StringBuilder pointer, string token) =>
        pointer.Append('/').Append(token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
}
