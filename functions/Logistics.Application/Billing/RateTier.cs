namespace Logistics.Application.Billing;

/// <summary>One band of a graduated rate: the price of each unit of the period's cumulative quantity up to <see cref="UpTo"/>.</summary>
/// <param name="UpTo">The band's upper bound (inclusive, cumulative over the period); null for the last, open band.</param>
/// <param name="Price">The price of one unit within the band.</param>
public sealed record RateTier(decimal? UpTo, decimal Price);
