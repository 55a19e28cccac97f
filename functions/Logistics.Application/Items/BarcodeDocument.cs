using Logistics.Application.Common;

namespace Logistics.Application.Items;

/// <summary>Barcode index entry: resolving a scanned code to a SKU is one point read in the owner's partition.</summary>
public sealed record BarcodeDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "barcode";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string Code { get; init; }

    public required string Sku { get; init; }

    /// <summary>The document id of <paramref name="code"/> (normalized barcode value).</summary>
    public static string IdOf(string code) => DocumentIds.Of(Kind, code);
}
