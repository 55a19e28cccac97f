using System.Globalization;
using System.Text.Json.Nodes;

namespace Logistics.Benchmarks.Fuzz;

/// <summary>
/// A JSON notice being mutated: a node tree plus raw literals (numbers beyond double, invalid tokens, deep nesting)
/// that a node cannot hold, spliced in by marker when the text is written.
/// </summary>
internal sealed class JsonDraft(JsonNode? root)
{
    private readonly Dictionary<string, string> _raw = new(StringComparer.Ordinal);

    /// <summary>The document (null for a JSON null).</summary>
    public JsonNode? Root { get; set; } = root;

    /// <summary>A placeholder node that becomes <paramref name="literal"/> verbatim in the text.</summary>
    public JsonNode Raw(string literal)
    {
        var marker = string.Create(CultureInfo.InvariantCulture, $"@@RAW{_raw.Count}@@");
        _raw[marker] = literal;
        return JsonValue.Create(marker);
    }

    /// <summary>Every place a value sits: (its container, the member name or index).</summary>
    public List<(JsonNode Parent, string? Name, int Index)> Slots()
    {
        var slots = new List<(JsonNode, string?, int)>();
        Walk(Root, slots);
        return slots;
    }

    /// <summary>Every object in the document.</summary>
    public List<JsonObject> Objects() => [.. Slots().Select(s => Get(s)).OfType<JsonObject>().Prepend(Root as JsonObject).OfType<JsonObject>()];

    /// <summary>The value at <paramref name="slot"/>.</summary>
    public static JsonNode? Get((JsonNode Parent, string? Name, int Index) slot) =>
        slot.Name is { } name ? slot.Parent.AsObject()[name] : slot.Parent.AsArray()[slot.Index];

    /// <summary>Replaces the value at <paramref name="slot"/>.</summary>
    public static void Set((JsonNode Parent, string? Name, int Index) slot, JsonNode? value)
    {
        if (slot.Name is { } name)
        {
            slot.Parent.AsObject()[name] = value;
        }
        else
        {
            slot.Parent.AsArray()[slot.Index] = value;
        }
    }

    /// <summary>The document as text, raw literals spliced in.</summary>
    public override string ToString()
    {
        var text = Root?.ToJsonString() ?? "null";
        foreach (var (marker, literal) in _raw)
        {
            text = text.Replace($"\"{marker}\"", literal, StringComparison.Ordinal);
        }

        return text;
    }

    private static void Walk(JsonNode? node, List<(JsonNode, string?, int)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj.ToList())
                {
                    slots.Add((obj, name, -1));
                    Walk(value, slots);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    slots.Add((array, null, i));
                    Walk(array[i], slots);
                }

                break;
        }
    }
}
