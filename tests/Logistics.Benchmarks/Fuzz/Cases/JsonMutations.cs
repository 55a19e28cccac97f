using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Logistics.Benchmarks.Fuzz;

/// <summary>Structural mutations of a JSON notice: members removed, added, renamed or duplicated, values of the wrong type or range.</summary>
internal static partial class JsonMutations
{
    /// <summary>Mutations of the node tree.</summary>
    public static readonly IReadOnlyList<(string Name, Func<Random, JsonDraft, string> Apply)> OnTree =
    [
        ("remove member", (r, d) =>
        {
            var objects = d.Objects().Where(o => o.Count > 0).ToList();
            if (objects.Count == 0)
            {
                return "no member to remove";
            }

            var obj = objects[r.Next(objects.Count)];
            var name = obj.ElementAt(r.Next(obj.Count)).Key;
            obj.Remove(name);
            return $"removed {Path(obj)}/{name}";
        }),
        ("add member", (r, d) =>
        {
            var objects = d.Objects();
            if (objects.Count == 0)
            {
                return "no object";
            }

            var obj = objects[r.Next(objects.Count)];
            var name = FuzzValues.Pick(r, FuzzValues.MemberNames);
            if (obj.ContainsKey(name))
            {
                return $"{name} already there";
            }

            obj[name] = d.Raw(FuzzValues.Pick(r, FuzzValues.JsonLiterals));
            return $"added {Path(obj)}/{FuzzValues.Show(name)}";
        }),
        ("rename member", (r, d) =>
        {
            var objects = d.Objects().Where(o => o.Count > 0).ToList();
            if (objects.Count == 0)
            {
                return "no member to rename";
            }

            var obj = objects[r.Next(objects.Count)];
            var (name, value) = obj.ElementAt(r.Next(obj.Count));
            var renamed = r.Next(3) switch { 0 => name.ToUpperInvariant(), 1 when name.Length > 0 => char.ToUpperInvariant(name[0]) + name[1..], _ => name + "s" };
            if (obj.ContainsKey(renamed))
            {
                return "rename collides";
            }

            obj.Remove(name);
            obj[renamed] = value;
            return $"renamed {Path(obj)}/{name} to {renamed}";
        }),
        ("replace value", (r, d) =>
        {
            var slots = d.Slots();
            if (slots.Count == 0)
            {
                return "no value";
            }

            var slot = slots[r.Next(slots.Count)];
            var literal = FuzzValues.Pick(r, FuzzValues.JsonLiterals);
            var at = Path(slot);
            JsonDraft.Set(slot, d.Raw(literal));
            return $"set {at} to {FuzzValues.Show(literal)}";
        }),
        ("number as string", (r, d) =>
        {
            var numbers = d.Slots().Where(s => JsonDraft.Get(s) is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToList();
            if (numbers.Count == 0)
            {
                return "no number";
            }

            var slot = numbers[r.Next(numbers.Count)];
            var text = JsonDraft.Get(slot)!.ToJsonString();
            JsonDraft.Set(slot, JsonValue.Create(text));
            return $"quoted the number at {Path(slot)}";
        }),
        ("huge number", (r, d) =>
        {
            var numbers = d.Slots().Where(s => JsonDraft.Get(s) is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number).ToList();
            if (numbers.Count == 0)
            {
                return "no number";
            }

            var slot = numbers[r.Next(numbers.Count)];
            var literal = r.Next(5) switch
            {
                0 => new string('9', 10 + r.Next(400)),
                1 => "1e" + r.Next(10, 400).ToString(CultureInfo.InvariantCulture),
                2 => "-" + new string('9', 20),
                3 => "0." + new string('0', 30) + "1",
                _ => "2147483648",
            };
            var at = Path(slot);
            JsonDraft.Set(slot, d.Raw(literal));
            return $"set {at} to {FuzzValues.Show(literal)}";
        }),
        ("unicode in a string", (r, d) =>
        {
            var strings = d.Slots().Where(s => JsonDraft.Get(s) is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String).ToList();
            if (strings.Count == 0)
            {
                return "no string";
            }

            var slot = strings[r.Next(strings.Count)];
            var value = JsonDraft.Get(slot)!.GetValue<string>();
            var insert = FuzzValues.Pick(r, FuzzValues.Inserts);
            var at = r.Next(value.Length + 1);
            JsonDraft.Set(slot, JsonValue.Create(value[..at] + insert + value[at..]));
            return $"inserted {FuzzValues.Show(insert)} into {Path(slot)}";
        }),
        ("change lines", (r, d) =>
        {
            if (d.Root is not JsonObject root || root["lines"] is not JsonArray lines)
            {
                return "no lines";
            }

            switch (r.Next(5))
            {
                case 0:
                    lines.Clear();
                    return "emptied /lines";
                case 1 when lines.Count > 0:
                    lines.Add(lines[r.Next(lines.Count)]!.DeepClone());
                    return "duplicated a line";
                case 2 when lines.Count > 0 && lines[0] is JsonObject:
                    var copies = r.Next(10) == 0 ? 10_000 : 50 + r.Next(500);
                    var template = lines[0]!;
                    for (var i = 0; i < copies; i++)
                    {
                        var line = template.DeepClone();
                        line["lineNumber"] = lines.Count + 1;
                        lines.Add(line);
                    }

                    return $"added {copies} lines";
                case 3 when lines.Count > 1:
                    lines.RemoveAt(r.Next(lines.Count));
                    return "removed a line";
                default:
                    root["lines"] = d.Raw(new string('[', 70 + r.Next(200)));
                    return "replaced /lines by deep unclosed nesting";
            }
        }),
        ("replace root", (r, d) =>
        {
            var literal = FuzzValues.Pick(r, ["[]", "\"notice\"", "0", "null", "true", "{}"]);
            if (r.Next(3) == 0)
            {
                d.Root = new JsonArray(d.Root?.DeepClone());
                return "wrapped the notice in an array";
            }

            d.Root = d.Raw(literal);
            return $"replaced the whole notice by {literal}";
        }),
        ("deep nesting", (r, d) =>
        {
            var slots = d.Slots();
            if (slots.Count == 0)
            {
                return "no value";
            }

            var slot = slots[r.Next(slots.Count)];
            var depth = 10 + r.Next(300);
            var at = Path(slot);
            JsonDraft.Set(slot, d.Raw(new string('[', depth) + "1" + new string(']', depth)));
            return $"nested {at} {depth} deep";
        }),
    ];

    /// <summary>Mutations of the written text that a node tree cannot express.</summary>
    public static readonly IReadOnlyList<(string Name, Func<Random, string, (string Text, string What)> Apply)> OnText =
    [
        ("duplicate member", (r, t) =>
        {
            var members = Member().Matches(t);
            if (members.Count == 0)
            {
                return (t, "no member to duplicate");
            }

            var member = members[r.Next(members.Count)];
            return (t[..(member.Index + member.Length)] + "," + member.Value + t[(member.Index + member.Length)..], $"duplicated member {FuzzValues.Show(member.Value)}");
        }),
        ("trailing comma or comment", (r, t) =>
        {
            var at = t.LastIndexOf('}');
            return at < 0 ? (t, "no object") : r.Next(2) == 0
                ? (t[..at] + "," + t[at..], "trailing comma")
                : (t[..at] + "/* note */" + t[at..], "a comment");
        }),
        ("single quotes", (r, t) => (t.Replace('"', '\''), "single quotes")),
        ("trailing data", (r, t) => (t + FuzzValues.Pick(r, ["{}", " x", "\n\n", "\0", ",", "]"]), "trailing data")),
    ];

    private static string Path(JsonNode node) => node.GetPath() == "$" ? string.Empty : node.GetPath();

    private static string Path((JsonNode Parent, string? Name, int Index) slot) =>
        Path(slot.Parent) + (slot.Name is { } name ? "." + name : string.Create(CultureInfo.InvariantCulture, $"[{slot.Index}]"));

    [GeneratedRegex("\"[A-Za-z]+\":(\"[^\"]*\"|-?[0-9.eE+]+|true|false|null)")]
    private static partial Regex Member();
}
