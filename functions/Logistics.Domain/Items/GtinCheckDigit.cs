namespace Logistics.Domain.Items;

/// <summary>The GS1 mod-10 check digit shared by EAN-13, ISBN-13 and UPC-A.</summary>
public static class GtinCheckDigit
{
    /// <summary>Computes the check digit for the data digits (all digits but the last).</summary>
    /// <remarks>
    /// Weights run 3, 1, 3, … from the rightmost data digit, which is why one routine serves codes of any length.
    /// </remarks>
    public static int Compute(ReadOnlySpan<char> dataDigits)
    {
        var sum = 0;
        var weight = 3;
        for (var i = dataDigits.Length - 1; i >= 0; i--)
        {
            sum += (dataDigits[i] - '0') * weight;
            weight = weight == 3 ? 1 : 3;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>True when the last digit of <paramref name="digits"/> matches the computed check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> digits) =>
        digits.Length > 1 && Compute(digits[..^1]) == digits[^1] - '0';
}
