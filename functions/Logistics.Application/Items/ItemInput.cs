namespace Logistics.Application.Items;

/// <summary>The body of <c>PUT /api/items/{sku}</c>.</summary>
/// <param name="Description">Free text, 1–200 characters.</param>
/// <param name="Barcodes">EAN-13/UPC-A/ISBN-13 (check digit verified) or owner codes.</param>
/// <param name="PackUnit"><c>each</c> or <c>case</c>.</param>
/// <param name="CaseQuantity">Units per case; 1 for eaches.</param>
/// <param name="LotControlled">Notices must name a lot.</param>
/// <param name="ExpiryControlled">Notices must name an expiry date (implies lot control).</param>
/// <param name="Handling">Any of <c>humidityControlled</c>, <c>magneticMedia</c>, <c>fragile</c>, <c>hazmat</c>.</param>
/// <param name="Specification">Optional free text, at most 200 characters (e.g. "A5, 320 pages, paperback").</param>
/// <param name="Components">
/// Makes the item a kit: its bill of materials, the units of each component item one kit takes. Components must be items
/// of the owner, each listed once, never the kit itself nor a kit that contains it. Absent or empty: no kit.
/// </param>
public sealed record ItemInput(
    string? Description,
    IReadOnlyList<string>? Barcodes = null,
    string? PackUnit = null,
    int? CaseQuantity = null,
    bool LotControlled = false,
    bool ExpiryControlled = false,
    IReadOnlyList<string>? Handling = null,
    string? Specification = null,
    IReadOnlyList<KitComponentInput?>? Components = null);
