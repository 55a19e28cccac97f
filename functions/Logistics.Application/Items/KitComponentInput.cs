namespace Logistics.Application.Items;

/// <summary>One line of a kit's bill of materials in <c>PUT /api/items/{sku}</c>.</summary>
/// <param name="Sku">The component item.</param>
/// <param name="Units">Units of it in one kit, 1–10,000.</param>
public sealed record KitComponentInput(string? Sku, int Units);
