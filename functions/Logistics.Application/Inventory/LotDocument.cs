using Logistics.Application.Common;

namespace Logistics.Application.Inventory;

/// <summary>
/// What allocation needs to know of a lot: its expiry (FEFO) and when it first came into storage (FIFO). Written when a
/// putaway brings the lot into storage; the earliest putaway wins.
/// </summary>
public sealed record LotDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "lot";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string Sku { get; init; }

    public required string Lot { get; init; }

    /// <summary>The expiry date received with the lot, if any.</summary>
    public DateOnly? Expiry { get; init; }

    /// <summary>When the lot first reached storage.</summary>
    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>The document id of a lot of an item.</summary>
    public static string IdOf(string sku, string lot) => DocumentIds.Of(Kind, sku, lot);

    /// <summary>What the id of every lot of <paramref name="sku"/> starts with.</summary>
    public static string IdPrefixOf(string sku) => DocumentIds.Of(Kind, sku) + "~";
}
