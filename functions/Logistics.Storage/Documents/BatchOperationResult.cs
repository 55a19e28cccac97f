namespace Logistics.Storage.Documents;

/// <summary>The outcome of one document operation of a committed batch; <see cref="ETag"/> is null for deletes.</summary>
public sealed record BatchOperationResult(string Id, string? ETag);
