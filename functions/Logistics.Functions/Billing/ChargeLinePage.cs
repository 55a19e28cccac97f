using Logistics.Application.Billing;

namespace Logistics.Functions.Billing;

/// <summary>A page of charge lines.</summary>
/// <param name="Items">The lines, oldest event first.</param>
/// <param name="ContinuationToken">Pass back as <c>continuationToken</c> for the next page; null on the last.</param>
public sealed record ChargeLinePage(IReadOnlyList<ChargeLineDocument> Items, string? ContinuationToken);
