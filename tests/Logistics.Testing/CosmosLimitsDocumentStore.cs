using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;

namespace Logistics.Testing;

/// <summary>
/// Wraps the embedded store and fails any batch over Cosmos DB's 100 operations, so a test also proves that the
/// code's commits would fit a Cosmos TransactionalBatch.
/// </summary>
public sealed class CosmosLimitsDocumentStore(IDocumentStore inner) : IDocumentStore
{
    public const int MaxOperations = 100;

    private int _largest;

    /// <summary>The largest batch committed so far.</summary>
    public int LargestBatch => Volatile.Read(ref _largest);

    public Task EnsureContainerAsync(ContainerDefinition definition, CancellationToken cancellationToken = default) => inner.EnsureContainerAsync(definition, cancellationToken);

    public IDocumentContainer GetContainer(string name) => new Container(this, inner.GetContainer(name));

    public Task PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    private void Record(int count)
    {
        if (count > MaxOperations)
        {
            throw new InvalidOperationException($"A batch of {count} operations exceeds Cosmos DB's limit of {MaxOperations}.");
        }

        int seen;
        do
        {
            seen = Volatile.Read(ref _largest);
        }
        while (count > seen && Interlocked.CompareExchange(ref _largest, count, seen) != seen);
    }

    private sealed class Container(CosmosLimitsDocumentStore owner, IDocumentContainer inner) : IDocumentContainer
    {
        public ContainerDefinition Definition => inner.Definition;

        public Task<Document<T>> CreateAsync<T>(T document, CancellationToken cancellationToken = default) => inner.CreateAsync(document, cancellationToken);

        public Task<Document<T>?> ReadAsync<T>(string id, string partitionKey, CancellationToken cancellationToken = default) => inner.ReadAsync<T>(id, partitionKey, cancellationToken);

        public Task<Document<T>> ReplaceAsync<T>(T document, string? ifMatch = null, CancellationToken cancellationToken = default) => inner.ReplaceAsync(document, ifMatch, cancellationToken);

        public Task<Document<T>> UpsertAsync<T>(T document, string? ifMatch = null, CancellationToken cancellationToken = default) => inner.UpsertAsync(document, ifMatch, cancellationToken);

        public Task DeleteAsync(string id, string partitionKey, string? ifMatch = null, CancellationToken cancellationToken = default) => inner.DeleteAsync(id, partitionKey, ifMatch, cancellationToken);

        public Task<Document<T>> PatchAsync<T>(string id, string partitionKey, IReadOnlyList<PatchOperation> operations, string? ifMatch = null, CancellationToken cancellationToken = default) =>
            inner.PatchAsync<T>(id, partitionKey, operations, ifMatch, cancellationToken);

        public IDocumentBatch CreateBatch(string partitionKey) => new Batch(owner, inner.CreateBatch(partitionKey));

        public Task<DocumentPage<T>> QueryAsync<T>(DocumentQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync<T>(query, cancellationToken);

        public Task<ChangePage> ReadChangesAsync(string? continuation, int maxItems, CancellationToken cancellationToken = default) => inner.ReadChangesAsync(continuation, maxItems, cancellationToken);
    }

    private sealed class Batch(CosmosLimitsDocumentStore owner, IDocumentBatch inner) : IDocumentBatch
    {
        public string PartitionKey => inner.PartitionKey;

        public int Count => inner.Count;

        public IDocumentBatch Create<T>(T document) => Wrap(inner.Create(document));

        public IDocumentBatch Replace<T>(T document, string? ifMatch = null) => Wrap(inner.Replace(document, ifMatch));

        public IDocumentBatch Upsert<T>(T document, string? ifMatch = null) => Wrap(inner.Upsert(document, ifMatch));

        public IDocumentBatch Delete(string id, string? ifMatch = null) => Wrap(inner.Delete(id, ifMatch));

        public IDocumentBatch Patch(string id, IReadOnlyList<PatchOperation> operations, string? ifMatch = null) => Wrap(inner.Patch(id, operations, ifMatch));

        public IDocumentBatch Send(OutgoingMessage message) => Wrap(inner.Send(message));

        public Task<IReadOnlyList<BatchOperationResult>> ExecuteAsync(CancellationToken cancellationToken = default)
        {
            owner.Record(inner.Count);
            return inner.ExecuteAsync(cancellationToken);
        }

        private Batch Wrap(IDocumentBatch _) => this;
    }
}
