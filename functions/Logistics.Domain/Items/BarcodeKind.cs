namespace Logistics.Domain.Items;

/// <summary>The symbology family of a <see cref="Barcode"/>, detected from its text.</summary>
public enum BarcodeKind
{
    /// <summary>13-digit GS1 EAN with a mod-10 check digit.</summary>
    Ean13,

    /// <summary>An EAN-13 in the 978/979 "Bookland" range, i.e. an ISBN-13.</summary>
    Isbn13,

    /// <summary>12-digit GS1 UPC-A with a mod-10 check digit.</summary>
    UpcA,

    /// <summary>The owner's own label code; no check digit to verify.</summary>
    OwnerCode,
}
