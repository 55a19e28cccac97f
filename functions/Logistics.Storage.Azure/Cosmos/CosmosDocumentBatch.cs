using System.Net;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Microsoft.Azure.Cosmos;
using DocumentPatchOperation = Logistics.Storage.Documents.PatchOperation;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>
/// An <see cref="IDocumentBatch"/> on a Cosmos DB <see cref="TransactionalBatch"/>. Messages from <see cref="Send"/> are
/// outbox documents in the same partition (see <see cref="CosmosOutboxDocument"/>), so they commit with the writes.
/// </summary>
/// <remarks>
/// A batch of exactly one operation runs as that point operation instead: it is atomic by itself and costs less.
/// Upsert with an ETag is a conditional replace, as in <see cref="CosmosDocumentContainer.UpsertAsync{T}"/>.
/// </remarks>
public sealed class CosmosDocumentBatch : IDocumentBatch
{
    /// <summary>Cosmos DB's limit on operations per transactional batch.</summary>
    public const int MaxOperations = 100;

    // Cosmos DB marks every operation that did not run because another one failed with 424 Failed Dependency.
    private const HttpStatusCode FailedDependency = (HttpStatusCode)424;

    private readonly CosmosDocumentContainer _container;
    private readonly List<CosmosBatchOperation> _operations = [];

    internal CosmosDocumentBatch(CosmosDocumentContainer container, string partitionKey)
    {
        _container = container;
        PartitionKey = partitionKey;
    }

    /// <inheritdoc />
    public string PartitionKey { get; }

    /// <inheritdoc />
    public int Count => _operations.Count;

    private string BatchTarget => $"partition '{PartitionKey}' of container '{_container.Definition.Name}'";

    /// <inheritdoc />
    public IDocumentBatch Create<T>(T document) => AddDocument(CosmosBatchOperationKind.Create, document, ifMatch: null);

    /// <inheritdoc />
    public IDocumentBatch Replace<T>(T document, string? ifMatch = null) => AddDocument(CosmosBatchOperationKind.Replace, document, ifMatch);

    /// <inheritdoc />
    public IDocumentBatch Upsert<T>(T document, string? ifMatch = null) =>
        AddDocument(ifMatch is null ? CosmosBatchOperationKind.Upsert : CosmosBatchOperationKind.Replace, document, ifMatch);

    /// <inheritdoc />
    public IDocumentBatch Delete(string id, string? ifMatch = null) =>
        Add(new CosmosBatchOperation(CosmosBatchOperationKind.Delete, CosmosDocumentPayload.ValidateId(id, nameof(id)), IfMatch: ifMatch));

    /// <inheritdoc />
    public IDocumentBatch Patch(string id, IReadOnlyList<DocumentPatchOperation> operations, string? ifMatch = null) =>
        Add(new CosmosBatchOperation(
            CosmosBatchOperationKind.Patch, CosmosDocumentPayload.ValidateId(id, nameof(id)), IfMatch: ifMatch, Patch: CosmosPatch.Convert(operations)));

    /// <inheritdoc />
    public IDocumentBatch Send(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(message.Destination, nameof(message));
        var id = Guid.NewGuid();
        var json = CosmosOutboxDocument.Create(_container.Definition, PartitionKey, message, id);
        return Add(new CosmosBatchOperation(CosmosBatchOperationKind.Send, CosmosOutboxDocument.IdPrefix + id.ToString("N"), json));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<BatchOperationResult>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        return _operations.Count switch
        {
            0 => [],
            1 => await ExecuteSingleAsync(_operations[0], cancellationToken),
            _ => await ExecuteTransactionalAsync(cancellationToken),
        };
    }

    private async Task<IReadOnlyList<BatchOperationResult>> ExecuteSingleAsync(CosmosBatchOperation operation, CancellationToken cancellationToken)
    {
        var container = _container.CosmosContainer;
        var partitionKey = new PartitionKey(PartitionKey);
        using var response = await CosmosFailures.GuardAsync(
            () => operation.Kind switch
            {
                CosmosBatchOperationKind.Create or CosmosBatchOperationKind.Send =>
                    container.CreateItemStreamAsync(operation.Stream(), partitionKey, CosmosDocumentContainer.WriteOptions(null), cancellationToken),
                CosmosBatchOperationKind.Replace => container.ReplaceItemStreamAsync(
                    operation.Stream(), operation.Id, partitionKey, CosmosDocumentContainer.WriteOptions(operation.IfMatch), cancellationToken),
                CosmosBatchOperationKind.Upsert =>
                    container.UpsertItemStreamAsync(operation.Stream(), partitionKey, CosmosDocumentContainer.WriteOptions(null), cancellationToken),
                CosmosBatchOperationKind.Delete => container.DeleteItemStreamAsync(
                    operation.Id, partitionKey, new ItemRequestOptions { IfMatchEtag = operation.IfMatch }, cancellationToken),
                _ => container.PatchItemStreamAsync(
                    operation.Id, partitionKey, operation.Patch, new PatchItemRequestOptions { IfMatchEtag = operation.IfMatch }, cancellationToken),
            },
            $"Batch {operation.Kind}",
            BatchTarget);
        if (!response.IsSuccessStatusCode)
            throw Failure(0, response.StatusCode, response.Headers?.ActivityId, response.ErrorMessage);
        return operation.Kind == CosmosBatchOperationKind.Send ? [] : [Result(operation, response.Headers?.ETag)];
    }

    private async Task<IReadOnlyList<BatchOperationResult>> ExecuteTransactionalAsync(CancellationToken cancellationToken)
    {
        var batch = _container.CosmosContainer.CreateTransactionalBatch(new PartitionKey(PartitionKey));
        foreach (var operation in _operations)
            batch = Add(batch, operation);

        using var response = await CosmosFailures.GuardAsync(() => batch.ExecuteAsync(cancellationToken), "Batch", BatchTarget);
        if (!response.IsSuccessStatusCode)
        {
            for (var index = 0; index < response.Count; index++)
            {
                if (response[index].StatusCode != FailedDependency)
                    throw Failure(index, response[index].StatusCode, response.ActivityId, response.ErrorMessage);
            }

            // No operation is to blame (too large, throttled beyond retries, ...): the batch as a whole failed.
            throw CosmosFailures.From(response.StatusCode, "Batch", BatchTarget, response.ActivityId, response.ErrorMessage);
        }

        var results = new List<BatchOperationResult>(_operations.Count);
        for (var index = 0; index < _operations.Count; index++)
        {
            if (_operations[index].Kind != CosmosBatchOperationKind.Send)
                results.Add(Result(_operations[index], index < response.Count ? response[index].ETag : null));
        }

        return results;
    }

    private static TransactionalBatch Add(TransactionalBatch batch, CosmosBatchOperation operation)
    {
        var options = new TransactionalBatchItemRequestOptions { IfMatchEtag = operation.IfMatch };
        return operation.Kind switch
        {
            CosmosBatchOperationKind.Create or CosmosBatchOperationKind.Send => batch.CreateItemStream(operation.Stream(), options),
            CosmosBatchOperationKind.Replace => batch.ReplaceItemStream(operation.Id, operation.Stream(), options),
            CosmosBatchOperationKind.Upsert => batch.UpsertItemStream(operation.Stream(), options),
            CosmosBatchOperationKind.Delete => batch.DeleteItem(operation.Id, options),
            _ => batch.PatchItem(operation.Id, operation.Patch, new TransactionalBatchPatchItemRequestOptions { IfMatchEtag = operation.IfMatch }),
        };
    }

    private static BatchOperationResult Result(CosmosBatchOperation operation, string? etag) =>
        new(operation.Id, operation.Kind == CosmosBatchOperationKind.Delete ? null : etag);

    private DocumentBatchException Failure(int index, HttpStatusCode status, string? activityId, string? detail)
    {
        var operation = _operations[index];
        Logs.BatchRolledBack(_container.Logger, _container.Definition.Name, index, (int)status);
        var failure = CosmosFailures.From(
            status, $"Batch {operation.Kind}", CosmosFailures.Target(_container.Definition.Name, operation.Id, PartitionKey), activityId, detail);
        return new DocumentBatchException(index, failure);
    }

    private CosmosDocumentBatch AddDocument<T>(CosmosBatchOperationKind kind, T document, string? ifMatch)
    {
        var payload = CosmosDocumentPayload.Prepare(document, _container.Definition);
        if (!string.Equals(payload.PartitionKey, PartitionKey, StringComparison.Ordinal))
        {
            throw new ArgumentException(
                $"Document '{payload.Id}' has partition key '{payload.PartitionKey}' but the batch targets '{PartitionKey}'.", nameof(document));
        }

        return Add(new CosmosBatchOperation(kind, payload.Id, payload.Json, ifMatch));
    }

    private CosmosDocumentBatch Add(CosmosBatchOperation operation)
    {
        if (_operations.Count == MaxOperations)
        {
            throw new ArgumentException(
                $"A Cosmos DB transactional batch holds at most {MaxOperations} operations, messages included; split the work.", nameof(operation));
        }

        _operations.Add(operation);
        return this;
    }
}
