using System.Globalization;

namespace Logistics.Benchmarks.Fuzz;

/// <summary>Structural mutations of an X12 interchange: segments and elements deleted, duplicated, moved or replaced, delimiters changed.</summary>
internal static class X12Mutations
{
    private static readonly string[] KnownSegments = ["W06", "N1", "W27", "G62", "W04", "N9", "W03", "BSN", "HL", "TD5", "REF", "DTM", "LIN", "SN1", "CTT", "ST", "SE", "GS", "GE", "IEA", "ISA", "TA1", "NTE", "ZZZ"];
    private static readonly char[] Delimiters = ['|', '^', '!', '@', '#', '$', '%', '&', '+', ':', ';', '\u001d', '\u001e', '\u001f', 'A', '1', ' ', '\n', '*', '~', '>'];

    /// <summary>Every mutation: its name and what it does to the text.</summary>
    public static readonly IReadOnlyList<(string Name, Func<Random, string, (string Text, string What)> Apply)> All =
    [
        ("delete segment", (r, t) => Structural(t, s =>
        {
            var i = s.RandomSegment(r);
            var id = s.Segments[i][0];
            s.Segments.RemoveAt(i);
            return $"deleted segment {i} ({id})";
        })),
        ("duplicate segment", (r, t) => Structural(t, s =>
        {
            var i = s.RandomSegment(r);
            s.Segments.Insert(i, [.. s.Segments[i]]);
            return $"duplicated segment {i} ({s.Segments[i][0]})";
        })),
        ("swap segments", (r, t) => Structural(t, s =>
        {
            var i = s.RandomSegment(r);
            var j = Math.Min(s.Segments.Count - 1, i + 1);
            (s.Segments[i], s.Segments[j]) = (s.Segments[j], s.Segments[i]);
            return $"swapped segments {i} and {j}";
        })),
        ("move segment", (r, t) => Structural(t, s =>
        {
            var i = s.RandomSegment(r);
            var segment = s.Segments[i];
            s.Segments.RemoveAt(i);
            var j = r.Next(s.Segments.Count + 1);
            s.Segments.Insert(j, segment);
            return $"moved segment {segment[0]} from {i} to {j}";
        })),
        ("delete element", (r, t) => Element(r, t, (segment, e) =>
        {
            segment.RemoveAt(e);
            return $"deleted element {e}";
        })),
        ("empty element", (r, t) => Element(r, t, (segment, e) =>
        {
            segment[e] = string.Empty;
            return $"emptied element {e}";
        })),
        ("duplicate element", (r, t) => Element(r, t, (segment, e) =>
        {
            segment.Insert(e, segment[e]);
            return $"duplicated element {e}";
        })),
        ("replace element", (r, t) => Element(r, t, (segment, e) =>
        {
            var value = FuzzValues.Pick(r, FuzzValues.Texts);
            segment[e] = value;
            return $"set element {e} to {Show(value)}";
        })),
        ("append element", (r, t) => Element(r, t, (segment, _) =>
        {
            var value = FuzzValues.Pick(r, FuzzValues.Texts);
            segment.Add(value);
            return $"appended element {Show(value)}";
        })),
        ("change segment id", (r, t) => Structural(t, s =>
        {
            var i = s.RandomSegment(r);
            var old = s.Segments[i][0];
            var id = r.Next(3) switch
            {
                0 => old.ToLowerInvariant(),
                1 => old + "X",
                _ => FuzzValues.Pick(r, KnownSegments),
            };
            s.Segments[i][0] = id;
            return $"renamed segment {i} {old} to {Show(id)}";
        })),
        ("insert segment", (r, t) => Structural(t, s =>
        {
            var segment = new List<string> { FuzzValues.Pick(r, KnownSegments) };
            for (var n = r.Next(6); n > 0; n--)
            {
                segment.Add(FuzzValues.Pick(r, FuzzValues.Texts));
            }

            var i = 1 + r.Next(s.Segments.Count);
            s.Segments.Insert(Math.Min(i, s.Segments.Count), segment);
            return $"inserted {Show(string.Join('*', segment))} at {i}";
        })),
        ("huge quantity", (r, t) => Structural(t, s =>
        {
            var (id, element) = r.Next(2) == 0 ? ("W04", 1) : ("SN1", 2);
            var i = s.IndexOf(id);
            if (i < 0 || s.Segments[i].Count <= element)
            {
                return $"no {id} to change";
            }

            var value = r.Next(4) switch
            {
                0 => new string('9', 10 + r.Next(40)),
                1 => "-" + r.Next(1, 1000).ToString(CultureInfo.InvariantCulture),
                2 => "2147483648",
                _ => "1E9",
            };
            s.Segments[i][element] = value;
            return $"set {id}{element:00} to {value}";
        })),
        ("duplicate transaction set", (r, t) => Structural(t, s =>
        {
            var st = s.IndexOf("ST");
            var se = s.IndexOf("SE");
            if (st < 0 || se < st)
            {
                return "no ST..SE to duplicate";
            }

            var copy = s.Segments.GetRange(st, se - st + 1).Select(x => x.ToList()).ToList();
            if (r.Next(2) == 0)
            {
                // A well-formed second set: its own control number, a new notice number.
                copy[0][^1] = "0002";
                copy[^1][^1] = "0002";
                foreach (var segment in copy.Where(x => x[0] is "W06" or "BSN" && x.Count > 2))
                {
                    var at = segment[0] == "W06" ? 4 : 2;
                    if (segment.Count > at)
                    {
                        segment[at] += "-B";
                    }
                }
            }

            s.Segments.InsertRange(se + 1, copy);
            return "duplicated the transaction set";
        })),
        ("change control number", (r, t) => Structural(t, s =>
        {
            var id = FuzzValues.Pick(r, ["ST", "SE", "GS", "GE", "IEA"]);
            var i = s.IndexOf(id);
            if (i < 0)
            {
                return $"no {id}";
            }

            s.Segments[i][^1] = r.Next(1000).ToString("D4", CultureInfo.InvariantCulture);
            return $"changed the control number of {id}";
        })),
        ("change delimiters consistently", (r, t) =>
        {
            var old = r.Next(3) switch { 0 => '*', 1 => '~', _ => '>' };
            var replacement = Delimiters[r.Next(Delimiters.Length)];
            return (t.Replace(old, replacement), $"replaced every {Show(old.ToString())} by {Show(replacement.ToString())}");
        }),
        ("change delimiters after the ISA", (r, t) =>
        {
            var old = r.Next(2) == 0 ? '*' : '~';
            var replacement = Delimiters[r.Next(Delimiters.Length)];
            return (t.Length <= 106 ? t : t[..106] + t[106..].Replace(old, replacement), $"replaced {Show(old.ToString())} by {Show(replacement.ToString())} after the ISA");
        }),
        ("change line breaks", (r, t) => r.Next(3) switch
        {
            0 => (t.Replace("\n", string.Empty, StringComparison.Ordinal), "removed line breaks"),
            1 => (t.Replace("\n", "\r\n", StringComparison.Ordinal), "CRLF line breaks"),
            _ => (t.Replace("~\n", "\n", StringComparison.Ordinal), "line breaks instead of terminators"),
        }),
        ("split segment", (r, t) => Structural(t, s =>
        {
            var i = s.RandomSegment(r);
            if (s.Segments[i].Count < 3)
            {
                return "segment too short to split";
            }

            var at = 1 + r.Next(s.Segments[i].Count - 1);
            var tail = s.Segments[i].GetRange(at, s.Segments[i].Count - at);
            s.Segments[i].RemoveRange(at, s.Segments[i].Count - at);
            s.Segments.Insert(i + 1, tail);
            return $"split segment {i} at element {at}";
        })),
        ("alter ISA field", (r, t) =>
        {
            if (t.Length < 106)
            {
                return (t, "no ISA");
            }

            var at = 4 + r.Next(100);
            var value = FuzzValues.Pick(r, ["", " ", "X", "0", "**", "99", "\u00e9"]);
            return (t[..at] + value + t[(at + 1)..], $"replaced ISA character {at + 1} by {Show(value)}");
        }),
    ];

    private static (string Text, string What) Structural(string text, Func<X12Segments, string> change)
    {
        var segments = X12Segments.Parse(text);
        if (segments.Segments.Count == 0)
        {
            return (text, "no segments");
        }

        var what = change(segments);
        return (segments.ToString(), what);
    }

    private static (string Text, string What) Element(Random random, string text, Func<List<string>, int, string> change) => Structural(text, s =>
    {
        var i = s.RandomSegment(random);
        var segment = s.Segments[i];
        if (segment.Count < 2)
        {
            return $"segment {i} has no element";
        }

        var e = 1 + random.Next(segment.Count - 1);
        return $"{segment[0]} (segment {i}): {change(segment, e)}";
    });

    private static string Show(string value) => FuzzValues.Show(value);
}
