namespace Logistics.Application.Billing;

/// <summary>One priced line of a statement: the period's rated quantity of a service and basis under one rate card version.</summary>
/// <param name="Service">The service (<see cref="BillingCatalog.Minimum"/> for the top-up to the monthly minimum).</param>
/// <param name="Basis">The basis.</param>
/// <param name="RateCardVersion">The rate card version that priced it.</param>
/// <param name="Quantity">The summed quantity.</param>
/// <param name="UnitPrice">The flat price; null when graduated.</param>
/// <param name="Tiers">The graduated bands; null when flat.</param>
/// <param name="Amount">Price × quantity (or the bands over the cumulative quantity), rounded to the currency's minor units half away from zero.</param>
/// <param name="Charges">How many charge lines it sums.</param>
public sealed record StatementLine(
    string Service, string Basis, string RateCardVersion, decimal Quantity, decimal? UnitPrice, IReadOnlyList<RateTier>? Tiers, decimal Amount, int Charges);
