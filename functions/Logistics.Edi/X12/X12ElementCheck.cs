using System.Globalization;
using Logistics.Edi.X12.Errors;

namespace Logistics.Edi.X12;

/// <summary>Reads elements of one segment while collecting AK4-style errors, so a mapper reports every problem at once.</summary>
public sealed class X12ElementCheck
{
    private readonly List<X12ElementError> _errors = [];

    /// <summary>Starts checking <paramref name="segment"/>.</summary>
    public X12ElementCheck(X12Segment segment) => Segment = segment ?? throw new ArgumentNullException(nameof(segment));

    /// <summary>The segment being checked.</summary>
    public X12Segment Segment { get; }

    /// <summary>True when at least one element was refused.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>The element value, or <c>null</c> (and a code-1 error) when it is missing.</summary>
    public string? Required(int position, int? reference, string name)
    {
        if (Segment.Has(position))
        {
            return Segment[position];
        }

        Add(position, reference, ElementSyntaxError.MandatoryElementMissing, null, $"{name} is required.");
        return null;
    }

    /// <summary>The element value, or <c>null</c> when absent.</summary>
    public string? Optional(int position) => Segment.Has(position) ? Segment[position] : null;

    /// <summary>A code from <paramref name="allowed"/>; anything else is a code-7 error naming the allowed values.</summary>
    public string? Code(int position, int? reference, string name, IReadOnlyCollection<string> allowed, bool required = true)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var value = required ? Required(position, reference, name) : Optional(position);
        if (value is null || allowed.Contains(value))
        {
            return value;
        }

        Add(position, reference, ElementSyntaxError.InvalidCodeValue, value, $"{name} '{value}' is not one of {string.Join(", ", allowed)}.");
        return null;
    }

    /// <summary>A CCYYMMDD date; a malformed or impossible date is a code-8 error.</summary>
    public DateOnly? Date(int position, int? reference, string name, bool required = true)
    {
        var value = required ? Required(position, reference, name) : Optional(position);
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add(position, reference, ElementSyntaxError.InvalidDate, value, $"{name} '{value}' is not a valid CCYYMMDD date.");
        return null;
    }

    /// <summary>An HHMM or HHMMSS time; anything else is a code-9 error.</summary>
    public void Time(int position, int? reference, string name)
    {
        var value = Optional(position);
        if (value is not null && !TimeOnly.TryParseExact(value, ["HHmm", "HHmmss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            Add(position, reference, ElementSyntaxError.InvalidTime, value, $"{name} '{value}' is not a valid HHMM time.");
        }
    }

    /// <summary>A whole number of at least 1; signs, decimals, zero and non-digits are a code-6 error.</summary>
    public int? PositiveCount(int position, int? reference, string name)
    {
        var value = Required(position, reference, name);
        if (value is null)
        {
            return null;
        }

        if (value.All(char.IsAsciiDigit) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0)
        {
            return count;
        }

        Add(position, reference, ElementSyntaxError.InvalidCharacter, value, $"{name} '{value}' must be a whole number of at least 1.");
        return null;
    }

    /// <summary>
    /// A count of units in an X12 R (decimal) element: a whole number from 1 to <paramref name="max"/>. Partners' systems
    /// write whole quantities as <c>24</c>, <c>24.0</c> or <c>24.00</c>, so a zero fraction is accepted; a sign, a real
    /// fraction, zero, anything not a number, and a value above <paramref name="max"/> are a code-6 error (the 997 has no
    /// "out of range" code).
    /// </summary>
    public int? Units(int position, int? reference, string name, int max)
    {
        var value = Required(position, reference, name);
        if (value is null)
        {
            return null;
        }

        var number = value.Length > 0 && !value.StartsWith('.') && !value.EndsWith('.')
            && decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed) ? parsed : (decimal?)null;
        if (number is not { } units || units < 1 || units != decimal.Truncate(units))
        {
            Add(position, reference, ElementSyntaxError.InvalidCharacter, value, $"{name} '{value}' must be a whole number of at least 1.");
            return null;
        }

        if (units > max)
        {
            Add(position, reference, ElementSyntaxError.InvalidCharacter, value, $"{name} {value} is above the limit of {max.ToString("N0", CultureInfo.InvariantCulture)} units per line.");
            return null;
        }

        return (int)units;
    }

    /// <summary>An identifier of <paramref name="minLength"/>-<paramref name="maxLength"/> characters (codes 4 and 5), for codes this profile reads but does not enumerate.</summary>
    public string? Identifier(int position, int? reference, string name, int minLength, int maxLength, bool required = true)
    {
        var value = required ? Required(position, reference, name) : Optional(position);
        if (value is null)
        {
            return null;
        }

        if (value.Length < minLength || value.Length > maxLength)
        {
            Add(position, reference, value.Length < minLength ? ElementSyntaxError.TooShort : ElementSyntaxError.TooLong, value,
                $"{name} '{value}' must be {minLength}-{maxLength} characters.");
            return null;
        }

        return value;
    }

    /// <summary>Where the element at <paramref name="position"/> of this segment is, for faults found after mapping.</summary>
    public X12ElementLocation Location(int position, int? reference) => new(Segment.Id, Segment.Position, position, reference);

    /// <summary>Checks the length (code 5) and runs a domain parser, whose refusal becomes code 6 (invalid character).</summary>
    public T? Parse<T>(int position, int? reference, string name, string? value, int maxLength, Func<string, T> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        if (value is null)
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            Add(position, reference, ElementSyntaxError.TooLong, value, $"{name} '{value}' is longer than {maxLength} characters.");
            return null;
        }

        try
        {
            return parse(value);
        }
        catch (Domain.Common.DomainException ex)
        {
            Add(position, reference, ElementSyntaxError.InvalidCharacter, value, $"{name}: {ex.Message}");
            return null;
        }
    }

    /// <summary>Records an element error.</summary>
    public void Add(int position, int? reference, ElementSyntaxError code, string? badValue, string message) =>
        _errors.Add(new X12ElementError(position, null, reference, code, badValue, message));

    /// <summary>The segment error (AK304 = 8) for the collected element errors, or <c>null</c> when there were none.</summary>
    public X12SegmentError? ToError() => _errors.Count == 0
        ? null
        : new X12SegmentError(Segment.Id, Segment.Position, null, SegmentSyntaxError.SegmentHasDataElementErrors, [.. _errors],
            $"{Segment.Id} (segment {Segment.Position}): " + string.Join(" ", _errors.Select(e => $"{Segment.Id}{e.Position:00}: {e.Message}")));
}
