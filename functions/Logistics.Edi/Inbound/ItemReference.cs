using Logistics.Domain.Common;
using Logistics.Domain.Items;
using Logistics.Edi.X12;

namespace Logistics.Edi.Inbound;

/// <summary>One id of a line's item as the partner sent it: an X12 product id qualifier (element 235) and the id.</summary>
/// <remarks>
/// SK (SKU), VN (vendor's item number: the publisher is the vendor) and BP (buyer's part number) are the owner's SKU;
/// EN, EA (EAN), UP (UPC), UK (GTIN-14), IB (ISBN) and IS (ISSN) are codes on the goods, resolved to a SKU through the
/// item master's barcodes (<see cref="LookupCodes"/> lists the spellings to try). A line may carry several ids; the intake
/// resolves each and requires them to agree.
/// </remarks>
public sealed record ItemReference
{
    private static readonly string[] SkuQualifiers = ["SK", "VN", "BP"];
    private static readonly string[] BarcodeQualifiers = ["EN", "EA", "UP", "UK", "IB", "IS"];

    private ItemReference(string qualifier, string value, ItemIdKind kind, IReadOnlyList<string> lookupCodes)
    {
        Qualifier = qualifier;
        Value = value;
        Kind = kind;
        LookupCodes = lookupCodes;
    }

    /// <summary>Every qualifier this warehouse resolves, SKU kinds first.</summary>
    public static IReadOnlyList<string> Qualifiers { get; } = [.. SkuQualifiers, .. BarcodeQualifiers];

    /// <summary>The qualifier, e.g. <c>EN</c>; <c>SK</c> for a JSON <c>sku</c>.</summary>
    public string Qualifier { get; }

    /// <summary>The id as validated (a SKU trimmed, a barcode as sent).</summary>
    public string Value { get; }

    /// <summary>SKU or barcode.</summary>
    public ItemIdKind Kind { get; }

    /// <summary>For a barcode, the codes to look up in the barcode index, any of which may be how the item master has it.</summary>
    public IReadOnlyList<string> LookupCodes { get; }

    /// <summary>Where the id was read (the id element, e.g. W0405 or LIN03); <c>null</c> for a JSON notice.</summary>
    public X12ElementLocation? Location { get; init; }

    /// <summary>True when <paramref name="qualifier"/> is one this warehouse resolves.</summary>
    public static bool IsResolvable(string? qualifier) => qualifier is not null && Qualifiers.Contains(qualifier);

    /// <summary>A SKU given as such (JSON <c>sku</c>).</summary>
    public static ItemReference ForSku(Sku sku)
    {
        ArgumentNullException.ThrowIfNull(sku);
        return new ItemReference("SK", sku.Value, ItemIdKind.Sku, []);
    }

    /// <summary>Validates <paramref name="value"/> for <paramref name="qualifier"/>: a SKU's characters, a GTIN's or an ISBN's check digit.</summary>
    /// <exception cref="DomainException">The value cannot be what the qualifier says.</exception>
    /// <exception cref="ArgumentException">The qualifier is not one of <see cref="Qualifiers"/>.</exception>
    public static ItemReference Parse(string qualifier, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (SkuQualifiers.Contains(qualifier))
        {
            return new ItemReference(qualifier, Sku.Parse(value).Value, ItemIdKind.Sku, []);
        }

        var name = $"{qualifier} product id";
        IReadOnlyList<string> codes = qualifier switch
        {
            "EN" or "EA" or "UP" or "UK" => ProductIdForms.Gtin(value, name),
            "IB" => ProductIdForms.Isbn(value, name),
            "IS" => ProductIdForms.Plain(value, name),
            _ => throw new ArgumentException($"Qualifier '{qualifier}' is not one of {string.Join(", ", Qualifiers)}.", nameof(qualifier)),
        };
        return new ItemReference(qualifier, value.Trim(), ItemIdKind.Barcode, codes);
    }

    /// <summary>The id as the partner wrote it, e.g. <c>EN 9780306406157</c>.</summary>
    public override string ToString() => $"{Qualifier} {Value}";

    /// <inheritdoc />
    public bool Equals(ItemReference? other) =>
        other is not null && Qualifier == other.Qualifier && Value == other.Value && Location == other.Location;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Qualifier, Value, Location);
}
