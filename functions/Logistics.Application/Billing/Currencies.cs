namespace Logistics.Application.Billing;

/// <summary>ISO 4217 minor units: how many decimals an amount in a currency is rounded to.</summary>
public static class Currencies
{
    // The ISO 4217 currencies without minor units; everything else billed here uses two. (The three-decimal dinars are
    // left at two on purpose: no warehouse client bills in them, and a card in one is refused rather than guessed.)
    private static readonly HashSet<string> ZeroDecimal = new(StringComparer.Ordinal)
    {
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    private static readonly HashSet<string> ThreeDecimal = new(StringComparer.Ordinal) { "BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND" };

    /// <summary>True for three capital ASCII letters that are not a three-decimal currency (see remarks of the class).</summary>
    public static bool IsSupported(string? code) =>
        code is { Length: 3 } && code.All(c => c is >= 'A' and <= 'Z') && !ThreeDecimal.Contains(code);

    /// <summary>The decimals of <paramref name="code"/>: 0 for the zero-decimal currencies (JPY, KRW, …), else 2.</summary>
    public static int MinorUnits(string code) => ZeroDecimal.Contains(code) ? 0 : 2;

    /// <summary>Rounds to the currency's minor units, half away from zero, and carries exactly that many decimals (5 → 5.00).</summary>
    public static decimal Round(decimal amount, string code)
    {
        var decimals = MinorUnits(code);

        // Adding a zero of that scale sets the scale, so JSON and CSV show 5.00, not 5.0 or 5.
        return Math.Round(amount, decimals, MidpointRounding.AwayFromZero) + new decimal(0, 0, 0, false, (byte)decimals);
    }
}
