namespace Logistics.Functions.Billing;

/// <summary>The answer of a re-rate.</summary>
/// <param name="Rated">Unrated lines that became rated.</param>
public sealed record RerateResult(int Rated);
