namespace Logistics.Edi.Inbound;

/// <summary>How an item id names the item.</summary>
public enum ItemIdKind
{
    /// <summary>The owner's own item code (X12 qualifiers SK, VN, BP; JSON <c>sku</c>).</summary>
    Sku,

    /// <summary>A code printed on the goods, resolved through the item master's barcodes (EN, EA, UP, UK, IB, IS).</summary>
    Barcode,
}
