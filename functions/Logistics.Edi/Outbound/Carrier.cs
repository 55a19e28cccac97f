namespace Logistics.Edi.Outbound;

/// <summary>How the owner wants the order shipped (940 W66; JSON <c>carrier</c>), and how it was shipped (945 W27).</summary>
/// <param name="Scac">Standard Carrier Alpha Code, 2-4 capital letters (W6610, W2702; JSON <c>scac</c>).</param>
/// <param name="Service">The carrier's service or routing, free text (W6605, W2703; JSON <c>service</c>), e.g. GROUND.</param>
public sealed record Carrier(string? Scac, string? Service)
{
    /// <summary>Longest service text (W6605 routing allows 35).</summary>
    public const int MaxServiceLength = 35;

    /// <summary>The X12 transportation method/type code (element 91: W6602, W2701), e.g. M motor, U private parcel; <c>null</c> from JSON.</summary>
    public string? TransportationMethod { get; init; }

    /// <summary>True when <paramref name="value"/> has the form of a SCAC: 2 to 4 capital letters A-Z.</summary>
    public static bool IsScac(string? value) => value is { Length: >= 2 and <= 4 } && value.All(char.IsAsciiLetterUpper);
}
