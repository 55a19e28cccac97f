namespace Logistics.Storage.Documents;

/// <summary>One page of query results; <see cref="ContinuationToken"/> is null on the last page.</summary>
public sealed record DocumentPage<T>(IReadOnlyList<Document<T>> Items, string? ContinuationToken);
