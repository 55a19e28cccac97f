namespace Logistics.Edi.Outbound;

/// <summary>A named party of an order with its address: ship-to, ship-from, bill-to (940 N1 loop; JSON object).</summary>
/// <param name="Name">N102; JSON <c>name</c>.</param>
/// <param name="Id">N104 (the code N103 qualifies, e.g. a store number); JSON <c>id</c>.</param>
/// <param name="AddressLines">N301, N302 of each N3, in order; JSON <c>addressLines</c>.</param>
/// <param name="City">N401; JSON <c>city</c>.</param>
/// <param name="Region">N402 state or province code; JSON <c>region</c>.</param>
/// <param name="PostalCode">N403; JSON <c>postalCode</c>.</param>
/// <param name="Country">N404 country code; JSON <c>country</c>.</param>
/// <remarks>Equality compares the lists by content, so two reads of the same address are equal.</remarks>
public sealed record Party(
    string Name, string? Id, IReadOnlyList<string> AddressLines, string? City, string? Region, string? PostalCode, string? Country)
{
    /// <summary>Longest name (N102 allows 60).</summary>
    public const int MaxNameLength = 60;

    /// <summary>Longest address line (N301/N302 allow 55).</summary>
    public const int MaxAddressLineLength = 55;

    /// <summary>Most address lines (two N3 segments of two lines each).</summary>
    public const int MaxAddressLines = 4;

    /// <summary>N2 names: a second company line, "attn." or "c/o" (N201, N202; JSON <c>additionalNames</c>). Empty when not given.</summary>
    public IReadOnlyList<string> AdditionalNames { get; init; } = [];

    /// <summary>The contact (PER or G61 in the party's N1 loop; JSON <c>contact</c>), when given.</summary>
    public Contact? Contact { get; init; }

    /// <inheritdoc />
    public bool Equals(Party? other) =>
        other is not null && Name == other.Name && Id == other.Id && AddressLines.SequenceEqual(other.AddressLines) && City == other.City
        && Region == other.Region && PostalCode == other.PostalCode && Country == other.Country
        && AdditionalNames.SequenceEqual(other.AdditionalNames) && Contact == other.Contact;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Id, City, PostalCode, Country);

    /// <inheritdoc />
    public override string ToString() =>
        string.Join(", ", ((IEnumerable<string?>)[Name, .. AdditionalNames, .. AddressLines, City, Region, PostalCode, Country]).Where(v => !string.IsNullOrEmpty(v)));
}
