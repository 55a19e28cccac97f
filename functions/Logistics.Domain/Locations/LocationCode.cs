using Logistics.Domain.Common;

namespace Logistics.Domain.Locations;

/// <summary>A location label such as <c>A-01-01</c> (aisle-bay-level) or <c>RCV-01</c>.</summary>
/// <remarks>Two to four upper-case alphanumeric parts joined by hyphens, so labels sort and print predictably.</remarks>
public sealed record LocationCode : IComparable<LocationCode>
{
    private LocationCode(string value) => Value = value;

    /// <summary>The label, upper case.</summary>
    public string Value { get; }

    /// <summary>Validates and wraps a label (case-insensitive input).</summary>
    /// <exception cref="DomainException">The label does not have the expected shape.</exception>
    public static LocationCode Parse(string? value)
    {
        var text = Guard.NotBlank(value, "Location code").ToUpperInvariant();
        var parts = text.Split('-');
        if (parts.Length is < 2 or > 4 || parts.Any(p => p.Length is 0 or > 4 || !p.All(char.IsAsciiLetterOrDigit)))
        {
            throw new DomainException(
                $"Location code '{text}' must be 2-4 letter/digit parts of up to 4 characters joined by '-', like A-01-01.");
        }

        return new LocationCode(text);
    }

    /// <inheritdoc />
    public int CompareTo(LocationCode? other) => string.CompareOrdinal(Value, other?.Value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
