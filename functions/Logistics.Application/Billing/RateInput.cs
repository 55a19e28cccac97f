namespace Logistics.Application.Billing;

/// <summary>One rate as posted: a flat <see cref="Price"/> or graduated <see cref="Tiers"/>, not both.</summary>
public sealed record RateInput(string? Service, string? Basis, decimal? Price = null, IReadOnlyList<RateTierInput?>? Tiers = null);
