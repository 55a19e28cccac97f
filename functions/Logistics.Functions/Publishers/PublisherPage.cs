namespace Logistics.Functions.Publishers;

/// <summary>A page of publishers.</summary>
/// <param name="Items">Publishers, ordered by id.</param>
/// <param name="ContinuationToken">Pass as <c>continuationToken</c> for the next page; null on the last page.</param>
public sealed record PublisherPage(IReadOnlyList<PublisherView> Items, string? ContinuationToken);
