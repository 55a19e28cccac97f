using System.Globalization;
using System.Text.Json;
using Logistics.Domain.Common;

namespace Logistics.Edi.Json;

/// <summary>Reads the properties of one JSON object against a fixed list, collecting errors with pointers.</summary>
internal sealed class JsonObjectReader
{
    private readonly Dictionary<string, JsonElement> _properties = new(StringComparer.Ordinal);
    private readonly List<NoticeJsonError> _errors;

    public JsonObjectReader(JsonElement element, string pointer, IReadOnlyCollection<string> known, List<NoticeJsonError> errors)
    {
        Pointer = pointer;
        _errors = errors;
        foreach (var property in element.EnumerateObject())
        {
            if (NameOf(property) is not { } name)
            {
                errors.Add(new NoticeJsonError(pointer, "A property name is not valid Unicode text (it escapes a lone surrogate)."));
                continue;
            }

            var at = JsonPointer.Append(pointer, name);
            if (!known.Contains(name))
            {
                errors.Add(new NoticeJsonError(at, $"Unknown property '{name}'; expected one of {string.Join(", ", known)}."));
            }
            else if (!_properties.TryAdd(name, property.Value))
            {
                errors.Add(new NoticeJsonError(at, $"Property '{name}' appears more than once."));
            }
        }
    }

    public string Pointer { get; }

    public string At(string name) => JsonPointer.Append(Pointer, name);

    public JsonElement? Get(string name, bool required)
    {
        if (_properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            _errors.Add(new NoticeJsonError(At(name), $"'{name}' is required."));
        }

        return null;
    }

    /// <summary>
    /// The document's <c>lines</c>: an array of 1 (0 when not <paramref name="required"/>) to <paramref name="maxLines"/>
    /// objects, each read by <paramref name="readLine"/> at its pointer; a line number used twice is an error at the
    /// second line's <c>lineNumber</c>, and that line is left out.
    /// </summary>
    public List<TLine> Lines<TLine>(bool required, int maxLines, Func<JsonElement, string, TLine?> readLine, Func<TLine, int> lineNumber)
        where TLine : class
    {
        var lines = new List<TLine>();
        if (Get("lines", required) is not { } element)
        {
            return lines;
        }

        var least = required ? 1 : 0;
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() < least || element.GetArrayLength() > maxLines)
        {
            _errors.Add(new NoticeJsonError(At("lines"), $"'lines' must be an array of {least} to {maxLines} lines."));
            return lines;
        }

        var seen = new HashSet<int>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var pointer = JsonPointer.Append(At("lines"), index++);
            if (readLine(item, pointer) is not { } line)
            {
                continue;
            }

            if (seen.Add(lineNumber(line)))
            {
                lines.Add(line);
            }
            else
            {
                _errors.Add(new NoticeJsonError(JsonPointer.Append(pointer, "lineNumber"), $"Line number {lineNumber(line)} is used more than once."));
            }
        }

        return lines;
    }

    public string? String(string name, bool required, int maxLength)
    {
        if (Get(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || TextOf(value) is not { Length: > 0 } text)
        {
            _errors.Add(new NoticeJsonError(At(name), $"'{name}' must be a non-empty string of valid Unicode text."));
            return null;
        }

        if (text.Length > maxLength)
        {
            _errors.Add(new NoticeJsonError(At(name), $"'{name}' must be at most {maxLength} characters, was {text.Length}."));
            return null;
        }

        return text;
    }

    /// <summary>The reader of the nested object <paramref name="name"/>, or null (and an error naming <paramref name="shape"/>) when it is not an object.</summary>
    public JsonObjectReader? Object(string name, bool required, IReadOnlyCollection<string> known, string shape)
    {
        if (Get(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            _errors.Add(new NoticeJsonError(At(name), $"'{name}' must be an object with {shape}."));
            return null;
        }

        return new JsonObjectReader(value, At(name), known, _errors);
    }

    /// <summary>
    /// An array of <paramref name="minCount"/> to <paramref name="maxCount"/> non-empty strings of at most
    /// <paramref name="maxLength"/> characters; an empty list when absent and not required. Each bad item is reported at its index.
    /// </summary>
    public IReadOnlyList<string> Strings(string name, bool required, int minCount, int maxCount, int maxLength)
    {
        if (Get(name, required) is not { } value)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() < minCount || value.GetArrayLength() > maxCount)
        {
            _errors.Add(new NoticeJsonError(At(name), $"'{name}' must be an array of {minCount} to {maxCount} strings."));
            return [];
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            var at = JsonPointer.Append(At(name), index++);
            if (item.ValueKind != JsonValueKind.String || TextOf(item) is not { Length: > 0 } text)
            {
                _errors.Add(new NoticeJsonError(at, $"Each item of '{name}' must be a non-empty string of valid Unicode text."));
            }
            else if (text.Length > maxLength)
            {
                _errors.Add(new NoticeJsonError(at, $"Each item of '{name}' must be at most {maxLength} characters, was {text.Length}."));
            }
            else
            {
                items.Add(text);
            }
        }

        return items;
    }

    private static string? NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The string's text, or null when its escapes spell invalid UTF-16 (a lone surrogate such as <c>\ud800</c>).</summary>
    private static string? TextOf(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    public T? Parse<T>(string name, bool required, int maxLength, Func<string, T> parse)
        where T : class
    {
        if (String(name, required, maxLength) is not { } text)
        {
            return null;
        }

        try
        {
            return parse(text);
        }
        catch (DomainException ex)
        {
            _errors.Add(new NoticeJsonError(At(name), ex.Message));
            return null;
        }
    }

    public string? Code(string name, bool required, IReadOnlyCollection<string> allowed)
    {
        var text = String(name, required, 64);
        if (text is null || allowed.Contains(text))
        {
            return text;
        }

        _errors.Add(new NoticeJsonError(At(name), $"'{text}' is not one of {string.Join(", ", allowed)}."));
        return null;
    }

    public DateOnly? Date(string name, bool required)
    {
        var text = String(name, required, 10);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _errors.Add(new NoticeJsonError(At(name), $"'{text}' is not a valid date in YYYY-MM-DD form."));
        return null;
    }

    /// <summary>
    /// A whole number from 1 to <paramref name="max"/>. Only a JSON number counts: <c>"5"</c> is a string and is refused,
    /// as the HTTP layer's deserializer refuses it for every other body, so a number is written one way everywhere.
    /// </summary>
    public int? PositiveInteger(string name, bool required, int max = int.MaxValue)
    {
        if (Get(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var large) && large > max && large == decimal.Truncate(large))
        {
            _errors.Add(new NoticeJsonError(At(name), $"'{name}' must be at most {max.ToString("N0", CultureInfo.InvariantCulture)}, was {value.GetRawText()}."));
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < 1)
        {
            var what = value.ValueKind == JsonValueKind.String ? " (a string, not a number)" : string.Empty;
            _errors.Add(new NoticeJsonError(At(name), $"'{name}' must be a whole number of at least 1, was {value.GetRawText()}{what}."));
            return null;
        }

        return number;
    }
}
