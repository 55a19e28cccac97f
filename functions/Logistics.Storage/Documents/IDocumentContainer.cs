namespace Logistics.Storage.Documents;

/// <summary>
/// One container. Documents are serialized with <see cref="DocumentJson.Options"/> and must carry a string
/// <c>id</c> (no <c>/ \ ? #</c>, at most 255 characters) and a string partition key at the container's path.
/// </summary>
/// <remarks>
/// Concurrency is optimistic: every write returns a new ETag, and writes given an <c>ifMatch</c> ETag fail with
/// <see cref="DocumentPreconditionFailedException"/> when the stored document changed meanwhile.
/// <see cref="CreateAsync{T}"/> failing with <see cref="DocumentConflictException"/> is the idempotency primitive:
/// derive ids from the caller's own identifiers and let the second attempt fail.
/// </remarks>
public interface IDocumentContainer
{
    /// <summary>The container's declaration.</summary>
    ContainerDefinition Definition { get; }

    /// <summary>Inserts a new document. Throws <see cref="DocumentConflictException"/> when the id exists in the partition.</summary>
    Task<Document<T>> CreateAsync<T>(T document, CancellationToken cancellationToken = default);

    /// <summary>Point read. Returns <c>null</c> when absent (or expired).</summary>
    Task<Document<T>?> ReadAsync<T>(string id, string partitionKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces an existing document. Throws <see cref="DocumentNotFoundException"/> when absent and
    /// <see cref="DocumentPreconditionFailedException"/> when <paramref name="ifMatch"/> is stale.
    /// </summary>
    Task<Document<T>> ReplaceAsync<T>(T document, string? ifMatch = null, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces. With <paramref name="ifMatch"/> it behaves as a conditional replace.</summary>
    Task<Document<T>> UpsertAsync<T>(T document, string? ifMatch = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes. Throws <see cref="DocumentNotFoundException"/> when absent, <see cref="DocumentPreconditionFailedException"/> on a stale ETag.</summary>
    Task DeleteAsync(string id, string partitionKey, string? ifMatch = null, CancellationToken cancellationToken = default);

    /// <summary>Applies partial updates atomically (set, increment, remove) and returns the new document.</summary>
    Task<Document<T>> PatchAsync<T>(
        string id,
        string partitionKey,
        IReadOnlyList<PatchOperation> operations,
        string? ifMatch = null,
        CancellationToken cancellationToken = default);

    /// <summary>Starts an all-or-nothing batch of writes inside one partition.</summary>
    IDocumentBatch CreateBatch(string partitionKey);

    /// <summary>
    /// Runs a filtered, ordered, paged query. Give <see cref="DocumentQuery.PartitionKey"/> whenever possible:
    /// cross-partition queries fan out on Cosmos DB and are meant for ops screens, not hot paths.
    /// </summary>
    Task<DocumentPage<T>> QueryAsync<T>(DocumentQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the container's change sequence after <paramref name="continuation"/> (<c>null</c>: from the beginning).
    /// Each change is the latest version of a created or updated document, in commit order within a partition;
    /// deletes do not appear (as Cosmos DB's latest-version change feed). Resume with the returned continuation.
    /// </summary>
    Task<ChangePage> ReadChangesAsync(string? continuation, int maxItems, CancellationToken cancellationToken = default);
}
