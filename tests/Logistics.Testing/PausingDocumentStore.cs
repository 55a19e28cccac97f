using Logistics.Storage.Documents;

namespace Logistics.Testing;

/// <summary>
/// A deterministic hook for races: wraps a store and, when armed, holds the next read of one document after it has read
/// (before it returns) until the test releases it, so a test can act while the reader is stopped between its read and
/// whatever it does with what it read.
/// </summary>
public sealed class PausingDocumentStore(IDocumentStore inner) : IDocumentStore
{
    private readonly Lock _gate = new();
    private (string Id, int Skip, Pause Pause)? _armed;

    /// <summary>
    /// Holds a coming read of document <paramref name="id"/> (in any container), once read, until <see cref="Pause.Release"/>:
    /// the next one, or the one after <paramref name="skip"/> more reads of it.
    /// </summary>
    public Pause PauseNextRead(string id, int skip = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        var pause = new Pause();
        lock (_gate)
        {
            _armed = (id, skip, pause);
        }

        return pause;
    }

    public Task EnsureContainerAsync(ContainerDefinition definition, CancellationToken cancellationToken = default) => inner.EnsureContainerAsync(definition, cancellationToken);

    public IDocumentContainer GetContainer(string name) => new Container(this, inner.GetContainer(name));

    public Task PingAsync(CancellationToken cancellationToken = default) => inner.PingAsync(cancellationToken);

    private Pause? Take(string id)
    {
        lock (_gate)
        {
            if (_armed is not { } armed || armed.Id != id)
            {
                return null;
            }

            if (armed.Skip > 0)
            {
                _armed = armed with { Skip = armed.Skip - 1 };
                return null;
            }

            _armed = null;
            return armed.Pause;
        }
    }

    /// <summary>One armed pause: <see cref="Reached"/> completes when the read arrives, which then waits for <see cref="Release"/>.</summary>
    public sealed class Pause
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes once the paused read has arrived.</summary>
        public Task Reached => _reached.Task;

        /// <summary>Lets the paused read go on.</summary>
        public void Release() => _released.TrySetResult();

        internal async Task HoldAsync()
        {
            _reached.TrySetResult();
            await _released.Task;
        }
    }

    private sealed class Container(PausingDocumentStore owner, IDocumentContainer inner) : IDocumentContainer
    {
        public ContainerDefinition Definition => inner.Definition;

        public Task<Document<T>> CreateAsync<T>(T document, CancellationToken cancellationToken = default) => inner.CreateAsync(document, cancellationToken);

        public async Task<Document<T>?> ReadAsync<T>(string id, string partitionKey, CancellationToken cancellationToken = default)
        {
            var read = await inner.ReadAsync<T>(id, partitionKey, cancellationToken);
            if (owner.Take(id) is { } pause)
            {
                await pause.HoldAsync();
            }

            return read;
        }

        public Task<Document<T>> ReplaceAsync<T>(T document, string? ifMatch = null, CancellationToken cancellationToken = default) => inner.ReplaceAsync(document, ifMatch, cancellationToken);

        public Task<Document<T>> UpsertAsync<T>(T document, string? ifMatch = null, CancellationToken cancellationToken = default) => inner.UpsertAsync(document, ifMatch, cancellationToken);

        public Task DeleteAsync(string id, string partitionKey, string? ifMatch = null, CancellationToken cancellationToken = default) => inner.DeleteAsync(id, partitionKey, ifMatch, cancellationToken);

        public Task<Document<T>> PatchAsync<T>(string id, string partitionKey, IReadOnlyList<PatchOperation> operations, string? ifMatch = null, CancellationToken cancellationToken = default) =>
            inner.PatchAsync<T>(id, partitionKey, operations, ifMatch, cancellationToken);

        public IDocumentBatch CreateBatch(string partitionKey) => inner.CreateBatch(partitionKey);

        public Task<DocumentPage<T>> QueryAsync<T>(DocumentQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync<T>(query, cancellationToken);

        public Task<ChangePage> ReadChangesAsync(string? continuation, int maxItems, CancellationToken cancellationToken = default) => inner.ReadChangesAsync(continuation, maxItems, cancellationToken);
    }
}
