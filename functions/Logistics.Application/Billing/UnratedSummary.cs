namespace Logistics.Application.Billing;

/// <summary>Unrated charge lines of a statement, grouped by service, basis and reason: listed, counted, never priced.</summary>
public sealed record UnratedSummary(string Service, string Basis, string Reason, int Count, decimal Quantity);
