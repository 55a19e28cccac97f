using Logistics.Application.Billing;

namespace Logistics.Functions.Billing;

/// <summary>A page of the billing journal.</summary>
/// <param name="Items">The journal lines, oldest first.</param>
/// <param name="ContinuationToken">Pass back as <c>continuationToken</c> for the next page; null on the last.</param>
public sealed record BillableActivityPage(IReadOnlyList<BillableActivity> Items, string? ContinuationToken);
