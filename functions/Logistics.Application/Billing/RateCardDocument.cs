using System.Globalization;
using Logistics.Application.Common;

namespace Logistics.Application.Billing;

/// <summary>
/// One version of an owner's rate card, in the owner's partition: in effect from <see cref="EffectiveFrom"/> (a warehouse
/// date) until the next version's date.
/// </summary>
public sealed record RateCardDocument
{
    /// <summary>Discriminator value.</summary>
    public const string Kind = "rateCard";

    public required string Id { get; init; }

    public required string OwnerId { get; init; }

    public string Type { get; init; } = Kind;

    /// <summary>The first warehouse date it applies to; also its version name.</summary>
    public required DateOnly EffectiveFrom { get; init; }

    /// <summary>ISO 4217 code, e.g. <c>EUR</c>.</summary>
    public required string Currency { get; init; }

    public required IReadOnlyList<RateRecord> Rates { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The version name: <c>yyyy-MM-dd</c> of <see cref="EffectiveFrom"/>.</summary>
    public string Version => VersionOf(EffectiveFrom);

    /// <summary>The rate for a service and basis, or null.</summary>
    public RateRecord? RateFor(string service, string basis) =>
        Rates.FirstOrDefault(r => r.Service == service && r.Basis == basis);

    /// <summary>True when the card prices <paramref name="service"/> on any basis.</summary>
    public bool Prices(string service) => Rates.Any(r => r.Service == service);

    /// <summary>The document id of a version.</summary>
    public static string IdOf(DateOnly effectiveFrom) => DocumentIds.Of(Kind, VersionOf(effectiveFrom));

    /// <summary>The version name of a date.</summary>
    public static string VersionOf(DateOnly effectiveFrom) => effectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
