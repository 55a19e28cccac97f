using Logistics.Domain.Common;

namespace Logistics.Domain.Items;

/// <summary>A scanned or notified barcode; <see cref="Parse"/> detects the kind and verifies check digits.</summary>
public sealed record Barcode
{
    private const int MaxOwnerCodeLength = 48;

    private Barcode(string value, BarcodeKind kind)
    {
        Value = value;
        Kind = kind;
    }

    /// <summary>The barcode text without separators.</summary>
    public string Value { get; }

    /// <summary>The detected kind.</summary>
    public BarcodeKind Kind { get; }

    /// <summary>
    /// Detects the kind: 13 digits is EAN-13 (ISBN-13 with a 978/979 prefix), 12 digits is UPC-A, anything
    /// else is an owner code. Hyphens and spaces in all-digit input are ignored, so printed ISBNs parse.
    /// </summary>
    /// <exception cref="DomainException">A 12/13-digit code has a wrong check digit, or the text is unusable.</exception>
    public static Barcode Parse(string? text)
    {
        var trimmed = Guard.NotBlank(text, "Barcode");
        var digits = trimmed.Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length is 12 or 13 && digits.All(char.IsAsciiDigit))
        {
            return FromDigits(digits);
        }

        return OwnerCode(trimmed);
    }

    /// <summary>Wraps an owner label code without check-digit rules.</summary>
    public static Barcode OwnerCode(string? text)
    {
        var value = Guard.MaxLength(Guard.NotBlank(text, "Owner code"), MaxOwnerCodeLength, "Owner code");
        if (value.Any(char.IsWhiteSpace))
        {
            throw new DomainException($"Owner code '{value}' must not contain spaces.");
        }

        return new Barcode(value, BarcodeKind.OwnerCode);
    }

    /// <summary>Like <see cref="Parse"/> but returns the reason instead of throwing.</summary>
    public static bool TryParse(string? text, out Barcode? barcode, out string? error)
    {
        try
        {
            barcode = Parse(text);
            error = null;
            return true;
        }
        catch (DomainException ex)
        {
            barcode = null;
            error = ex.Message;
            return false;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    private static Barcode FromDigits(string digits)
    {
        var kind = digits.Length == 12
            ? BarcodeKind.UpcA
            : digits.StartsWith("978", StringComparison.Ordinal) || digits.StartsWith("979", StringComparison.Ordinal)
                ? BarcodeKind.Isbn13
                : BarcodeKind.Ean13;
        if (!GtinCheckDigit.IsValid(digits))
        {
            var expected = GtinCheckDigit.Compute(digits.AsSpan()[..^1]);
            throw new DomainException(
                $"{Describe(kind)} '{digits}' has check digit {digits[^1]} but {expected} was expected; it was probably mis-keyed or mis-scanned.");
        }

        return new Barcode(digits, kind);
    }

    private static string Describe(BarcodeKind kind) => kind switch
    {
        BarcodeKind.Isbn13 => "ISBN-13",
        BarcodeKind.Ean13 => "EAN-13",
        BarcodeKind.UpcA => "UPC-A",
        _ => "Barcode",
    };
}
