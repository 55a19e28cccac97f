namespace Logistics.Application.Items;

/// <summary>One line of a kit's stored bill of materials: <paramref name="Units"/> of <paramref name="Sku"/> per kit.</summary>
public sealed record KitComponentRecord(string Sku, int Units);
