namespace Logistics.Edi.Outbound;

/// <summary>A further reference of the order, kept to be echoed in documents and shown to staff (940 heading N9; JSON <c>references</c>).</summary>
/// <param name="Qualifier">The X12 reference qualifier (element 128, 2-3 characters), e.g. CO customer order, PO, IA vendor number; JSON <c>type</c>.</param>
/// <param name="Value">N902, else N903; JSON <c>value</c>.</param>
public sealed record OrderReference(string Qualifier, string Value)
{
    /// <summary>Longest value (N903 free-form text allows 45, N902 30; JSON keeps to the same).</summary>
    public const int MaxValueLength = 45;
}
