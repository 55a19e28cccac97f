namespace Logistics.Application.Billing;

/// <summary>One rate of a rate card: a flat <see cref="Price"/> per unit of the basis, or graduated <see cref="Tiers"/>.</summary>
/// <param name="Service">One of <see cref="BillingCatalog"/>'s services.</param>
/// <param name="Basis">One of the service's bases.</param>
/// <param name="Price">The flat price per unit of the basis (the amount, for the monthly minimum); null when tiered.</param>
/// <param name="Tiers">Graduated bands, ascending, the last open; null when flat.</param>
public sealed record RateRecord(string Service, string Basis, decimal? Price, IReadOnlyList<RateTier>? Tiers = null);
