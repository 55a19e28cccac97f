namespace Logistics.Functions.Alerts;

/// <summary>A page of alerts.</summary>
/// <param name="Items">The alerts, by id.</param>
/// <param name="ContinuationToken">Pass back as <c>continuationToken</c> for the next page; null on the last.</param>
public sealed record AlertPage(IReadOnlyList<AlertView> Items, string? ContinuationToken);
