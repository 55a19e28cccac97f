using Logistics.Domain.Common;
using Logistics.Domain.Items;

namespace Logistics.Edi.Inbound;

/// <summary>
/// The spellings under which an item master may have registered a code that a partner sends: one GTIN is written with
/// 8, 12, 13 or 14 digits (a UPC-A is an EAN-13 with a leading zero, a GTIN-14 pads either), and a book's ISBN-10 is
/// printed as the ISBN-13 barcode.
/// </summary>
internal static class ProductIdForms
{
    private static readonly int[] GtinLengths = [8, 12, 13, 14];

    /// <summary>The codes to look up for a GTIN (EN, EA, UP, UK): every length of the same number, check digit verified.</summary>
    /// <exception cref="DomainException">Not 8, 12, 13 or 14 digits, or a wrong check digit.</exception>
    public static IReadOnlyList<string> Gtin(string value, string name)
    {
        var digits = Compact(value);
        if (!GtinLengths.Contains(digits.Length) || digits.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            throw new DomainException($"{name} '{value}' must be a GTIN of 8, 12, 13 or 14 digits.");
        }

        if (!GtinCheckDigit.IsValid(digits))
        {
            throw new DomainException(
                $"{name} '{value}' has check digit {digits[^1]} but {GtinCheckDigit.Compute(digits.AsSpan()[..^1])} was expected; it was probably mis-keyed.");
        }

        var significant = digits.TrimStart('0');
        return [.. GtinLengths.Where(l => l >= significant.Length).Select(l => significant.PadLeft(l, '0'))];
    }

    /// <summary>The codes to look up for an ISBN (IB): an ISBN-10 as itself and as its ISBN-13, an ISBN-13 as a GTIN.</summary>
    /// <exception cref="DomainException">A 10-character ISBN with a wrong check character, or a bad ISBN-13.</exception>
    public static IReadOnlyList<string> Isbn(string value, string name)
    {
        var compact = Compact(value);
        if (compact.Length != 10 || compact.AsSpan(0, 9).ContainsAnyExceptInRange('0', '9') || !(char.IsAsciiDigit(compact[9]) || compact[9] is 'X' or 'x'))
        {
            return compact.Length == 13 ? Gtin(value, name) : Plain(value, name);
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += (10 - i) * (compact[i] is 'X' or 'x' ? 10 : compact[i] - '0');
        }

        if (sum % 11 != 0)
        {
            throw new DomainException($"{name} '{value}' is not a valid ISBN-10: its check character does not match.");
        }

        var isbn13 = "978" + compact[..9];
        isbn13 += GtinCheckDigit.Compute(isbn13).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return [.. Gtin(isbn13, name), compact.ToUpperInvariant()];
    }

    /// <summary>The codes to look up for any other code (IS, an ISSN): as sent and without its hyphens or spaces.</summary>
    /// <exception cref="DomainException">Blank, or longer than a barcode may be.</exception>
    public static IReadOnlyList<string> Plain(string value, string name)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 || trimmed.Length > Sku.MaxLength)
        {
            throw new DomainException($"{name} '{value}' must be 1-{Sku.MaxLength} characters.");
        }

        var compact = Compact(trimmed);
        if (compact.Any(char.IsWhiteSpace))
        {
            throw new DomainException($"{name} '{value}' must not contain spaces inside the code.");
        }

        return compact == trimmed || trimmed.Contains(' ', StringComparison.Ordinal) ? [compact] : [trimmed, compact];
    }

    private static string Compact(string value) =>
        value.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
}
