namespace Logistics.Application.Billing;

/// <summary>One band as posted: <c>{upTo, price}</c>, <c>upTo</c> omitted on the last band.</summary>
public sealed record RateTierInput(decimal? UpTo = null, decimal? Price = null);
