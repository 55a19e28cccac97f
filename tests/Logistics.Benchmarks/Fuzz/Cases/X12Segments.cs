namespace Logistics.Benchmarks.Fuzz;

/// <summary>An interchange as a list of segments and their elements, for structural mutations; written back with its own delimiters.</summary>
internal sealed class X12Segments
{
    private X12Segments(char element, char terminator, List<List<string>> segments)
    {
        Element = element;
        Terminator = terminator;
        Segments = segments;
    }

    /// <summary>The element separator (ISA character 4).</summary>
    public char Element { get; }

    /// <summary>The segment terminator (ISA character 106).</summary>
    public char Terminator { get; }

    /// <summary>Segments, each its id followed by its elements.</summary>
    public List<List<string>> Segments { get; }

    /// <summary>Splits <paramref name="text"/> by the delimiters its ISA declares (or <c>*</c> and <c>~</c> when it has none).</summary>
    public static X12Segments Parse(string text)
    {
        var element = text.Length >= 106 && text.StartsWith("ISA", StringComparison.Ordinal) ? text[3] : '*';
        var terminator = text.Length >= 106 && text.StartsWith("ISA", StringComparison.Ordinal) ? text[105] : '~';
        var segments = text.Split(terminator)
            .Select(s => s.Trim('\r', '\n'))
            .Where(s => s.Length > 0)
            .Select(s => s.Split(element).ToList())
            .ToList();
        return new X12Segments(element, terminator, segments);
    }

    /// <summary>The interchange as text, one segment per line.</summary>
    public override string ToString() =>
        string.Concat(Segments.Select(s => string.Join(Element, s) + Terminator + (Terminator == '\n' ? string.Empty : "\n")));

    /// <summary>Index of a random segment that is not the ISA (whose fixed width has mutations of its own).</summary>
    public int RandomSegment(Random random) => Segments.Count <= 1 ? 0 : 1 + random.Next(Segments.Count - 1);

    /// <summary>Index of the first segment with <paramref name="id"/>, or -1.</summary>
    public int IndexOf(string id) => Segments.FindIndex(s => s.Count > 0 && s[0] == id);
}
