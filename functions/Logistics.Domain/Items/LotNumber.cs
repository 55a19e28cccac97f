using Logistics.Domain.Common;

namespace Logistics.Domain.Items;

/// <summary>A production lot or batch of an item, as printed on the goods.</summary>
/// <remarks>Lots are compared case-insensitively by normalising to upper case: labels and scanners disagree on case.</remarks>
public sealed record LotNumber
{
    /// <summary>Longest accepted lot number (X12 reference id 127 allows 30 in 4010 guides).</summary>
    public const int MaxLength = 30;

    private LotNumber(string value) => Value = value;

    /// <summary>The normalised (upper-case) lot number.</summary>
    public string Value { get; }

    /// <summary>Validates, normalises and wraps <paramref name="value"/>.</summary>
    /// <exception cref="DomainException">The lot is blank, too long or has forbidden characters.</exception>
    public static LotNumber Parse(string? value)
    {
        var text = Guard.MaxLength(Guard.NotBlank(value, "Lot number"), MaxLength, "Lot number");
        return new LotNumber(Guard.CodeCharacters(text, "Lot number", "-_./").ToUpperInvariant());
    }

    /// <summary>Like <see cref="Parse"/> but returns the reason instead of throwing.</summary>
    public static bool TryParse(string? value, out LotNumber? lot, out string? error)
    {
        try
        {
            lot = Parse(value);
            error = null;
            return true;
        }
        catch (DomainException ex)
        {
            lot = null;
            error = ex.Message;
            return false;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
