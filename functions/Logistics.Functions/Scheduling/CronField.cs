using System.Globalization;

namespace Logistics.Functions.Scheduling;

/// <summary>One parsed NCRONTAB field: the set of values it allows, as a bit mask.</summary>
internal sealed class CronField
{
    private readonly ulong _mask;

    private CronField(string name, int min, int max, ulong mask)
    {
        Name = name;
        Min = min;
        Max = max;
        _mask = mask;
    }

    public string Name { get; }

    public int Min { get; }

    public int Max { get; }

    public bool Contains(int value) => value >= Min && value <= Max && (_mask & (1UL << value)) != 0;

    /// <summary>Parses a list of <c>*</c>, values, ranges and steps; <paramref name="names"/> maps names such as <c>JAN</c> to values.</summary>
    public static CronField Parse(string text, string name, int min, int max, IReadOnlyList<string>? names = null, int nameOffset = 0)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Invalid(name, text, "it is empty");
        }

        ulong mask = 0;
        foreach (var part in text.Split(','))
        {
            mask |= ParsePart(part, name, min, max, names, nameOffset);
        }

        return new CronField(name, min, max, mask);
    }

    private static ulong ParsePart(string part, string name, int min, int max, IReadOnlyList<string>? names, int nameOffset)
    {
        var step = 1;
        var rangeText = part;
        var slash = part.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            rangeText = part[..slash];
            if (!int.TryParse(part[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out step) || step <= 0)
            {
                throw Invalid(name, part, "the step after '/' must be a positive number");
            }
        }

        int from;
        int to;
        if (rangeText == "*")
        {
            (from, to) = (min, max);
        }
        else
        {
            var dash = rangeText.IndexOf('-', StringComparison.Ordinal);
            if (dash >= 0)
            {
                from = ParseValue(rangeText[..dash], name, part, min, max, names, nameOffset);
                to = ParseValue(rangeText[(dash + 1)..], name, part, min, max, names, nameOffset);
                if (to < from)
                {
                    throw Invalid(name, part, "a range must go from low to high");
                }
            }
            else
            {
                from = ParseValue(rangeText, name, part, min, max, names, nameOffset);

                // "5/15" means "from 5 to the maximum, every 15", as in NCrontab.
                to = slash >= 0 ? max : from;
            }
        }

        ulong mask = 0;
        for (var value = from; value <= to; value += step)
        {
            mask |= 1UL << value;
        }

        return mask;
    }

    private static int ParseValue(string text, string name, string part, int min, int max, IReadOnlyList<string>? names, int nameOffset)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            if (value < min || value > max)
            {
                throw Invalid(name, part, $"values must be between {min} and {max}");
            }

            return value;
        }

        if (names is not null)
        {
            for (var i = 0; i < names.Count; i++)
            {
                if (string.Equals(names[i], text, StringComparison.OrdinalIgnoreCase))
                {
                    return i + nameOffset;
                }
            }
        }

        throw Invalid(name, part, names is null ? "it is not a number" : $"it is neither a number nor one of {string.Join(", ", names)}");
    }

    private static FormatException Invalid(string name, string part, string reason) =>
        new($"Invalid NCRONTAB {name} field '{part}': {reason}.");
}
