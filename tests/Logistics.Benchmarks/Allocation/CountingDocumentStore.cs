using System.Diagnostics;
using Logistics.Application.Outbound;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;

namespace Logistics.Benchmarks.Allocation;

/// <summary>
/// Counts what the application asks of the store — point reads (those of orders apart), query pages, batch commits and
/// batches refused for a conflict or a stale ETag — and the time spent in each, so the benchmark can show the store
/// calls per allocation and its retries without counters in production code.
/// </summary>
/// <remarks>
/// An allocation reads its order once before it queues at the gate and once more every time it builds its posting, so
/// order reads − 2 × calls = rebuilds; the refused batches are the rebuilds caused by a write conflict, the rest were
/// caused by an oversell the ledger caught before writing. Counting costs two timestamps and two interlocked adds a call.
/// </remarks>
internal sealed class CountingDocumentStore(IDocumentStore inner) : IDocumentStore
{
    private long _reads;
    private long _orderReads;
    private long _queries;
    private long _batches;
    private long _refused;
    private long _readTicks;
    private long _queryTicks;
    private long _batchTicks;

    /// <summary>The counts so far.</summary>
    public StoreCounts Counts => new(
        Interlocked.Read(ref _reads), Interlocked.Read(ref _orderReads), Interlocked.Read(ref _queries), Interlocked.Read(ref _batches), Interlocked.Read(ref _refused),
        Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _readTicks)), Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _queryTicks)), Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _batchTicks)));

    public Task EnsureContainerAsync(ContainerDefinition definition, CancellationToken cancellationToken = default) => inner.EnsureContainerAsync(definition, cancellationToken);

    public IDocumentContainer GetContainer(string name) => new Container(this, inner.GetContainer(name));

    public Task PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    private sealed class Container(CountingDocumentStore owner, IDocumentContainer inner) : IDocumentContainer
    {
        public ContainerDefinition Definition => inner.Definition;

        public Task<Document<T>> CreateAsync<T>(T document, CancellationToken cancellationToken = default) => inner.CreateAsync(document, cancellationToken);

        public async Task<Document<T>?> ReadAsync<T>(string id, string partitionKey, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref owner._reads);
            if (typeof(T) == typeof(OrderDocument))
            {
                Interlocked.Increment(ref owner._orderReads);
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                return await inner.ReadAsync<T>(id, partitionKey, cancellationToken);
            }
            finally
            {
                Interlocked.Add(ref owner._readTicks, Stopwatch.GetTimestamp() - started);
            }
        }

        public Task<Document<T>> ReplaceAsync<T>(T document, string? ifMatch = null, CancellationToken cancellationToken = default) => inner.ReplaceAsync(document, ifMatch, cancellationToken);

        public Task<Document<T>> UpsertAsync<T>(T document, string? ifMatch = null, CancellationToken cancellationToken = default) => inner.UpsertAsync(document, ifMatch, cancellationToken);

        public Task DeleteAsync(string id, string partitionKey, string? ifMatch = null, CancellationToken cancellationToken = default) => inner.DeleteAsync(id, partitionKey, ifMatch, cancellationToken);

        public Task<Document<T>> PatchAsync<T>(string id, string partitionKey, IReadOnlyList<PatchOperation> operations, string? ifMatch = null, CancellationToken cancellationToken = default) =>
            inner.PatchAsync<T>(id, partitionKey, operations, ifMatch, cancellationToken);

        public IDocumentBatch CreateBatch(string partitionKey) => new Batch(owner, inner.CreateBatch(partitionKey));

        public async Task<DocumentPage<T>> QueryAsync<T>(DocumentQuery query, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref owner._queries);
            var started = Stopwatch.GetTimestamp();
            try
            {
                return await inner.QueryAsync<T>(query, cancellationToken);
            }
            finally
            {
                Interlocked.Add(ref owner._queryTicks, Stopwatch.GetTimestamp() - started);
            }
        }

        public Task<ChangePage> ReadChangesAsync(string? continuation, int maxItems, CancellationToken cancellationToken = default) => inner.ReadChangesAsync(continuation, maxItems, cancellationToken);
    }

    private sealed class Batch(CountingDocumentStore owner, IDocumentBatch inner) : IDocumentBatch
    {
        public string PartitionKey => inner.PartitionKey;

        public int Count => inner.Count;

        public IDocumentBatch Create<T>(T document) => Chain(inner.Create(document));

        public IDocumentBatch Replace<T>(T document, string? ifMatch = null) => Chain(inner.Replace(document, ifMatch));

        public IDocumentBatch Upsert<T>(T document, string? ifMatch = null) => Chain(inner.Upsert(document, ifMatch));

        public IDocumentBatch Delete(string id, string? ifMatch = null) => Chain(inner.Delete(id, ifMatch));

        public IDocumentBatch Patch(string id, IReadOnlyList<PatchOperation> operations, string? ifMatch = null) => Chain(inner.Patch(id, operations, ifMatch));

        public IDocumentBatch Send(OutgoingMessage message) => Chain(inner.Send(message));

        public async Task<IReadOnlyList<BatchOperationResult>> ExecuteAsync(CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref owner._batches);
            var started = Stopwatch.GetTimestamp();
            try
            {
                return await inner.ExecuteAsync(cancellationToken);
            }
            catch (DocumentBatchException ex) when (ex.Failure is DocumentConflictException or DocumentPreconditionFailedException)
            {
                Interlocked.Increment(ref owner._refused);
                throw;
            }
            finally
            {
                Interlocked.Add(ref owner._batchTicks, Stopwatch.GetTimestamp() - started);
            }
        }

        // The inner batch returns itself for chaining; callers must keep talking to this wrapper.
        private Batch Chain(IDocumentBatch _) => this;
    }
}

/// <summary>Store calls counted by <see cref="CountingDocumentStore"/>.</summary>
/// <remarks>The times add up every call's own time: with calls overlapping they can exceed the wall time.</remarks>
internal readonly record struct StoreCounts(
    long Reads, long OrderReads, long Queries, long Batches, long Refused, TimeSpan InReads, TimeSpan InQueries, TimeSpan InBatches)
{
    /// <summary>What was counted after <paramref name="before"/>.</summary>
    public StoreCounts Since(StoreCounts before) => new(
        Reads - before.Reads, OrderReads - before.OrderReads, Queries - before.Queries, Batches - before.Batches, Refused - before.Refused,
        InReads - before.InReads, InQueries - before.InQueries, InBatches - before.InBatches);
}
