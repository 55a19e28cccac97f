using Logistics.Domain.Common;
using Logistics.Domain.Items;

namespace Logistics.Domain.Inbound;

/// <summary>What a scan identified: a known item (the caller resolved the barcode) or an unknown code.</summary>
public sealed record ScannedItem
{
    private ScannedItem(Sku? sku, string? unknownCode)
    {
        Sku = sku;
        UnknownCode = unknownCode;
    }

    /// <summary>The resolved item, or <c>null</c> when unknown.</summary>
    public Sku? Sku { get; }

    /// <summary>The code that could not be resolved, or <c>null</c> when known.</summary>
    public string? UnknownCode { get; }

    /// <summary>True when the barcode did not resolve to an item of the owner.</summary>
    public bool IsUnknown => Sku is null;

    /// <summary>A scan resolved to an item.</summary>
    public static ScannedItem Known(Sku sku) => new(sku ?? throw new ArgumentNullException(nameof(sku)), null);

    /// <summary>A scan whose code matched no item; the raw code is kept so the owner can identify it.</summary>
    public static ScannedItem Unknown(string code) => new(null, Guard.NotBlank(code, "Unknown item code"));

    /// <inheritdoc />
    public override string ToString() => Sku?.Value ?? $"unknown:{UnknownCode}";
}
