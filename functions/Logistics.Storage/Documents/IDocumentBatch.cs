using Logistics.Storage.Messaging;

namespace Logistics.Storage.Documents;

/// <summary>
/// Writes inside one partition that commit all together or not at all. Operations run in the order added; the
/// first failure aborts the batch with <see cref="DocumentBatchException"/> naming its index.
/// </summary>
/// <remarks>
/// Cosmos DB caps a batch at 100 operations and 2 MB; design writes to fit (the SQLite store has no such cap,
/// but code must run on both). Messages added with <see cref="Send"/> are a transactional outbox: they become
/// visible to receivers only if the batch commits.
/// </remarks>
public interface IDocumentBatch
{
    /// <summary>The partition every operation targets.</summary>
    string PartitionKey { get; }

    /// <summary>Number of operations added so far, messages included.</summary>
    int Count { get; }

    /// <summary>Adds a create (fails on an existing id).</summary>
    IDocumentBatch Create<T>(T document);

    /// <summary>Adds a replace (fails when absent or when <paramref name="ifMatch"/> is stale).</summary>
    IDocumentBatch Replace<T>(T document, string? ifMatch = null);

    /// <summary>Adds an upsert.</summary>
    IDocumentBatch Upsert<T>(T document, string? ifMatch = null);

    /// <summary>Adds a delete (fails when absent).</summary>
    IDocumentBatch Delete(string id, string? ifMatch = null);

    /// <summary>Adds a patch.</summary>
    IDocumentBatch Patch(string id, IReadOnlyList<PatchOperation> operations, string? ifMatch = null);

    /// <summary>Adds an outbox message that is sent if and only if the batch commits.</summary>
    IDocumentBatch Send(OutgoingMessage message);

    /// <summary>Commits. Returns one result per document operation, in order (messages excluded).</summary>
    Task<IReadOnlyList<BatchOperationResult>> ExecuteAsync(CancellationToken cancellationToken = default);
}
