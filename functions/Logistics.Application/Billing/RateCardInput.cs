namespace Logistics.Application.Billing;

/// <summary>The body of a rate card version: <c>{currency, rates: [{service, basis, price | tiers}]}</c>.</summary>
/// <param name="Currency">ISO 4217 code, three capital letters.</param>
/// <param name="Rates">The rates; one per service and basis.</param>
public sealed record RateCardInput(string? Currency, IReadOnlyList<RateInput?>? Rates);
