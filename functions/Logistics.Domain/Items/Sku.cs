using Logistics.Domain.Common;

namespace Logistics.Domain.Items;

/// <summary>The owner's own item code (stock keeping unit), unique per owner.</summary>
/// <remarks>Case is kept because owners send codes as they know them; 48 characters is the X12 product id limit.</remarks>
public sealed record Sku
{
    /// <summary>Longest accepted code (X12 data element 234 allows 48).</summary>
    public const int MaxLength = 48;

    private Sku(string value) => Value = value;

    /// <summary>The code as the owner wrote it, trimmed.</summary>
    public string Value { get; }

    /// <summary>Validates and wraps <paramref name="value"/>.</summary>
    /// <exception cref="DomainException">The code is blank, too long or has forbidden characters.</exception>
    public static Sku Parse(string? value)
    {
        var text = Guard.MaxLength(Guard.NotBlank(value, "SKU"), MaxLength, "SKU");
        return new Sku(Guard.CodeCharacters(text, "SKU", "-_./"));
    }

    /// <summary>Like <see cref="Parse"/> but returns the reason instead of throwing.</summary>
    public static bool TryParse(string? value, out Sku? sku, out string? error)
    {
        try
        {
            sku = Parse(value);
            error = null;
            return true;
        }
        catch (DomainException ex)
        {
            sku = null;
            error = ex.Message;
            return false;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
