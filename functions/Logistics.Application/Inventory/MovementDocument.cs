using Logistics.Application.Common;
using Logistics.Domain.Inventory;

namespace Logistics.Application.Inventory;

/// <summary>One immutable ledger entry. Its id derives from the deterministic <see cref="MovementId"/>, so creating it twice fails: applied once.</summary>
public sealed record MovementDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "movement";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    public required string MovementId { get; init; }

    public required string Sku { get; init; }

    public string? Lot { get; init; }

    public required string Location { get; init; }

    public required StockStatus Status { get; init; }

    /// <summary>The business document the stock is held for (a notice's pending-in), or null.</summary>
    public string? Reference { get; init; }

    public required long Delta { get; init; }

    public required MovementType MovementType { get; init; }

    /// <summary>Fixed-width UTC text (see <see cref="UtcText"/>), so period filters compare correctly.</summary>
    public required string OccurredAt { get; init; }

    public required string SourceReference { get; init; }

    /// <summary>The document id for <paramref name="id"/>.</summary>
    public static string IdOf(MovementId id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return DocumentIds.Of(Kind, id.Value);
    }

    /// <summary>The domain movement.</summary>
    public StockMovement ToMovement() => new(
        Domain.Inventory.MovementId.For(MovementId),
        new StockKey(Domain.Owners.OwnerId.Parse(OwnerId), Domain.Items.Sku.Parse(Sku), Lot is null ? null : Domain.Items.LotNumber.Parse(Lot),
            Domain.Locations.LocationCode.Parse(Location), Status, Reference),
        Delta, MovementType, DateTimeOffset.Parse(OccurredAt, System.Globalization.CultureInfo.InvariantCulture), SourceReference);

    /// <summary>Maps a domain movement.</summary>
    public static MovementDocument From(StockMovement movement)
    {
        ArgumentNullException.ThrowIfNull(movement);
        return new MovementDocument
        {
            Id = IdOf(movement.Id),
            OwnerId = movement.Key.Owner.Value,
            MovementId = movement.Id.Value,
            Sku = movement.Key.Sku.Value,
            Lot = movement.Key.Lot?.Value,
            Location = movement.Key.Location.Value,
            Status = movement.Key.Status,
            Reference = movement.Key.Reference,
            Delta = movement.Delta,
            MovementType = movement.Type,
            OccurredAt = UtcText.Of(movement.OccurredAt),
            SourceReference = movement.SourceReference,
        };
    }
}
