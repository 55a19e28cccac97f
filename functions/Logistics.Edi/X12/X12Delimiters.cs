namespace Logistics.Edi.X12;

/// <summary>The four delimiters of an interchange, which the sender chooses and announces in its ISA.</summary>
/// <param name="Element">Element separator (ISA position 4), commonly '*'.</param>
/// <param name="Repetition">Repetition separator (ISA11 from version 00402 on), or <c>null</c> for older versions.</param>
/// <param name="Component">Component element separator (ISA16), commonly ':' or '&gt;'.</param>
/// <param name="Segment">Segment terminator (the character after ISA16), commonly '~'.</param>
public sealed record X12Delimiters(char Element, char? Repetition, char Component, char Segment)
{
    /// <summary>The usual '*' '^' ':' '~' set.</summary>
    public static X12Delimiters Default { get; } = new('*', '^', ':', '~');

    /// <summary>True when <paramref name="value"/> contains any delimiter and so cannot be written as data.</summary>
    public bool AppearsIn(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Contains(Element, StringComparison.Ordinal) || value.Contains(Component, StringComparison.Ordinal)
            || value.Contains(Segment, StringComparison.Ordinal) || (Repetition is { } r && value.Contains(r, StringComparison.Ordinal));
    }

    /// <summary>Replaces delimiters in <paramref name="value"/> with spaces, for copying bad values into a 997.</summary>
    public string Scrub(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new string([.. value.Select(c => c == Element || c == Component || c == Segment || c == Repetition ? ' ' : c)]);
    }
}
