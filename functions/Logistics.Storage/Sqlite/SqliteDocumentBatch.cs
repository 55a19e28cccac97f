using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;

namespace Logistics.Storage.Sqlite;

/// <summary>
/// A batch run as one SQLite transaction on the writer; outbox messages are inserted in that same transaction, so they
/// exist (and wake receivers) only if the documents commit.
/// </summary>
internal sealed class SqliteDocumentBatch(ContainerDefinition definition, DocumentContext context, string partitionKey) : IDocumentBatch
{
    // Each step returns its document result, or null for a message (messages have no entry in the results).
    private readonly List<Func<SqliteSession, long, BatchOperationResult?>> steps = [];

    public string PartitionKey { get; } = partitionKey;

    public int Count => steps.Count;

    public IDocumentBatch Create<T>(T document)
    {
        var prepared = Prepare(document);
        return Add((session, now) => Result(context.Writer.Create(session, definition, prepared, now)));
    }

    public IDocumentBatch Replace<T>(T document, string? ifMatch = null)
    {
        var prepared = Prepare(document);
        return Add((session, now) => Result(context.Writer.Replace(session, definition, prepared, ifMatch, now)));
    }

    public IDocumentBatch Upsert<T>(T document, string? ifMatch = null)
    {
        var prepared = Prepare(document);
        return Add((session, now) => Result(context.Writer.Upsert(session, definition, prepared, ifMatch, now)));
    }

    public IDocumentBatch Delete(string id, string? ifMatch = null)
    {
        DocumentCodec.ValidateId(id, nameof(id));
        return Add((session, now) =>
        {
            context.Writer.Delete(session, definition, id, PartitionKey, ifMatch, now);
            return new BatchOperationResult(id, null);
        });
    }

    public IDocumentBatch Patch(string id, IReadOnlyList<PatchOperation> operations, string? ifMatch = null)
    {
        DocumentCodec.ValidateId(id, nameof(id));
        ArgumentNullException.ThrowIfNull(operations);
        return Add((session, now) => Result(context.Writer.Patch(session, definition, id, PartitionKey, operations, ifMatch, now)));
    }

    public IDocumentBatch Send(OutgoingMessage message)
    {
        // Fail now, not at commit, when the destination was never declared.
        context.Queue.ResolveDestination(message);
        return Add((session, now) =>
        {
            context.Queue.Enqueue(session, message, now);
            return null;
        });
    }

    public async Task<IReadOnlyList<BatchOperationResult>> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        if (steps.Count == 0)
            return [];
        return await context.WriteAsync(
            (session, now) =>
            {
                var results = new List<BatchOperationResult>(steps.Count);
                for (var i = 0; i < steps.Count; i++)
                {
                    BatchOperationResult? result;
                    try
                    {
                        result = steps[i](session, now);
                    }
                    catch (DocumentStoreException failure)
                    {
                        throw new DocumentBatchException(i, failure);
                    }

                    if (result is not null)
                        results.Add(result);
                }

                return results;
            },
            cancellationToken).ConfigureAwait(false);
    }

    private static BatchOperationResult Result(StoredDocument stored) => new(stored.Id, stored.ETag);

    private PreparedDocument Prepare<T>(T document)
    {
        var prepared = DocumentCodec.Prepare(document, definition);
        if (prepared.PartitionKey != PartitionKey)
        {
            throw new ArgumentException(
                $"Document '{prepared.Id}' has partition key '{prepared.PartitionKey}' but the batch targets '{PartitionKey}'.",
                nameof(document));
        }

        return prepared;
    }

    private SqliteDocumentBatch Add(Func<SqliteSession, long, BatchOperationResult?> step)
    {
        steps.Add(step);
        return this;
    }
}
