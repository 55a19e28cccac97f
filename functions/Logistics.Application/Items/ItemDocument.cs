using Logistics.Application.Common;
using Logistics.Domain.Items;

namespace Logistics.Application.Items;

/// <summary>A publisher's item master record.</summary>
public sealed record ItemDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "item";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string Sku { get; init; }

    public required string Description { get; init; }

    /// <summary>Optional free-text specification; absent on items stored before it existed.</summary>
    public string? Specification { get; init; }

    public IReadOnlyList<string> Barcodes { get; init; } = [];

    public UnitOfMeasure PackUnit { get; init; }

    public int CaseQuantity { get; init; } = 1;

    public bool LotControlled { get; init; }

    public bool ExpiryControlled { get; init; }

    public HandlingFlags Handling { get; init; }

    /// <summary>The kit's bill of materials (units of each component per kit); empty for an item that is no kit.</summary>
    public IReadOnlyList<KitComponentRecord> Components { get; init; } = [];

    public required string UpdatedAt { get; init; }

    /// <summary>The document id of <paramref name="sku"/>.</summary>
    public static string IdOf(string sku) => DocumentIds.Of(Kind, sku);

    /// <summary>Rebuilds the domain item (its rules were checked when it was stored).</summary>
    public Item ToItem()
    {
        var item = Item.Create(Domain.Owners.OwnerId.Parse(OwnerId), Domain.Items.Sku.Parse(Sku), Description, PackUnit, CaseQuantity, Barcodes.Select(Barcode.Parse));
        item.ChangeTracking(LotControlled, ExpiryControlled);
        item.ChangeHandling(Handling);
        item.Specify(Specification);
        return item;
    }

    /// <summary>Maps a domain item.</summary>
    public static ItemDocument From(Item item, string updatedAt)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemDocument
        {
            Id = IdOf(item.Sku.Value),
            OwnerId = item.Owner.Value,
            Sku = item.Sku.Value,
            Description = item.Description,
            Specification = item.Specification,
            Barcodes = [.. item.Barcodes.Select(b => b.Value)],
            PackUnit = item.PackUnit,
            CaseQuantity = item.CaseQuantity,
            LotControlled = item.LotControlled,
            ExpiryControlled = item.ExpiryControlled,
            Handling = item.Handling,
            UpdatedAt = updatedAt,
        };
    }
}
