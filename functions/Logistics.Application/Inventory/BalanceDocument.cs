using Logistics.Application.Common;
using Logistics.Domain.Inventory;

namespace Logistics.Application.Inventory;

/// <summary>The current quantity of one <see cref="StockKey"/>; always equals the sum of its ledger movements.</summary>
public sealed record BalanceDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "balance";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string Sku { get; init; }

    public string? Lot { get; init; }

    public required string Location { get; init; }

    public required StockStatus Status { get; init; }

    /// <summary>The business document the stock is held for (a notice's pending-in), or null.</summary>
    public string? Reference { get; init; }

    public required long Quantity { get; init; }

    public required string UpdatedAt { get; init; }

    /// <summary>The document id of <paramref name="key"/>.</summary>
    public static string IdOf(StockKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var id = DocumentIds.Of(Kind, key.Sku.Value, key.Lot?.Value, key.Location.Value, key.Status.ToString());
        return key.Reference is null ? id : id + "~" + Uri.EscapeDataString(key.Reference);
    }

    /// <summary>What the id of every balance of <paramref name="sku"/> starts with (see <see cref="IdOf"/>).</summary>
    public static string IdPrefixOf(string sku) => DocumentIds.Of(Kind, sku) + "~";

    /// <summary>The domain key of this balance.</summary>
    public StockKey ToKey() => new(
        Domain.Owners.OwnerId.Parse(OwnerId), Domain.Items.Sku.Parse(Sku), Lot is null ? null : Domain.Items.LotNumber.Parse(Lot),
        Domain.Locations.LocationCode.Parse(Location), Status, Reference);
}
