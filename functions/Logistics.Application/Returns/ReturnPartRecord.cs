using System.Text.Json.Serialization;
using Logistics.Domain.Returns;
using Logistics.Edi.Outbound;

namespace Logistics.Application.Returns;

/// <summary>
/// A part of a closed return (see <see cref="ReturnPart"/>) and its disposition as it stands: none yet (awaiting
/// inspection), held for the owner until a deadline, or decided (restocked, returned to supplier, scrapped).
/// </summary>
public sealed record ReturnPartRecord
{
    public required string PartId { get; init; }

    public int? LineNumber { get; init; }

    public required string Sku { get; init; }

    public string? Lot { get; init; }

    public required ReturnCondition Condition { get; init; }

    public required long Units { get; init; }

    /// <summary>Units beyond the announcement or of an unannounced item: held for the owner and reported.</summary>
    public bool OverReturn { get; init; }

    /// <summary>The disposition; null while the part awaits inspection, <see cref="ReturnDisposition.Hold"/> while the owner decides.</summary>
    public ReturnDisposition? Disposition { get; init; }

    /// <summary>Who decided the current disposition: <c>notice</c>, <c>floor</c>, <c>owner</c> or <c>default</c>.</summary>
    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>Why: the scrap reason, the owner's or the floor's note.</summary>
    public string? Reason { get; init; }

    /// <summary>Where the part waits (returns area, pending area) or went (storage locations of a restock).</summary>
    public IReadOnlyList<string> Locations { get; init; } = [];

    /// <summary>When the part was held for the owner; it keeps this after the owner decided.</summary>
    public DateTimeOffset? HeldAt { get; init; }

    /// <summary>The owner's deadline for a held part.</summary>
    public DateTimeOffset? HoldDeadline { get; init; }

    /// <summary>What a held part becomes at its deadline (restock, return to supplier or scrap).</summary>
    public ReturnDisposition? DefaultAction { get; init; }

    /// <summary>Where goods returned to supplier go.</summary>
    public Party? Supplier { get; init; }

    public string? Carrier { get; init; }

    public string? TrackingNumber { get; init; }

    public DateTimeOffset? HandedOverAt { get; init; }

    /// <summary>True while the owner has to decide.</summary>
    [JsonIgnore]
    public bool IsHeld => Disposition == ReturnDisposition.Hold;

    /// <summary>True once nothing more happens to the part.</summary>
    [JsonIgnore]
    public bool IsFinished => Disposition is ReturnDisposition.Restock or ReturnDisposition.Scrap
        || (Disposition == ReturnDisposition.ReturnToSupplier && HandedOverAt is not null);
}
