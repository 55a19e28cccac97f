using System.Globalization;
using Logistics.Application.Common;

namespace Logistics.Application.Billing;

/// <summary>The owner's stock when one warehouse day ended, as storage is billed: units, locations, special-handling units.</summary>
public sealed record StorageSnapshotDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "storageSnapshot";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary>The warehouse day.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>The instant the day ended, at which the ledger was summed.</summary>
    public required DateTimeOffset AsOf { get; init; }

    /// <summary>Units in the warehouse (on hand, picked, pending a decision, on hold, pending return or processing).</summary>
    public required long Units { get; init; }

    /// <summary>Distinct locations holding any of those units.</summary>
    public required int Locations { get; init; }

    /// <summary>Units of humidity-controlled items.</summary>
    public required long HumidityUnits { get; init; }

    /// <summary>Units of magnetic-media items.</summary>
    public required long MagneticUnits { get; init; }

    public required DateTimeOffset TakenAt { get; init; }

    /// <summary>The document id of a day's snapshot.</summary>
    public static string IdOf(DateOnly date) => DocumentIds.Of(Kind, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
