using Logistics.Application.Common;
using Logistics.Domain.Inventory;

namespace Logistics.Application.StockControl.Quarantine;

/// <summary>
/// One quarantine or release, kept under the client's change id: created in the batch that moves the stock, so a change
/// is applied once and a repeat finds it.
/// </summary>
public sealed record StatusChangeDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "status-change";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string ChangeId { get; init; }

    public required string Sku { get; init; }

    public string? Lot { get; init; }

    public required string Location { get; init; }

    public required int Units { get; init; }

    public required StockStatus From { get; init; }

    public required StockStatus To { get; init; }

    public required string Reason { get; init; }

    public required DateTimeOffset ChangedAt { get; init; }

    /// <summary>The document id of a change.</summary>
    public static string IdOf(string changeId) => DocumentIds.Of(Kind, changeId);

    /// <summary>True when both describe the same change (what a repeat must match).</summary>
    public bool SameChangeAs(StatusChangeDocument other) =>
        other is not null && (Sku, Lot, Location, Units, From, To, Reason) == (other.Sku, other.Lot, other.Location, other.Units, other.From, other.To, other.Reason);
}
