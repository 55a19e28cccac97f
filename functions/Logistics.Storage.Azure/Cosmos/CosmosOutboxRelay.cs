using System.Text.Json;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>
/// The <see cref="IOutboxRelay"/> of the Cosmos DB adapter: reads the latest-version change feed of the watched
/// containers, sends their outbox documents (<see cref="CosmosOutboxDocument"/>) in feed order, and keeps one checkpoint
/// per watched container in <see cref="CheckpointContainer"/>.
/// </summary>
/// <remarks>
/// <para>
/// None is skipped: the latest-version change feed gives only the last version of each document, and outbox documents
/// are written once and never updated, so that version is the committed message. The feed keeps commit order within a
/// partition; across partitions there is no order (nor is there on Service Bus without sessions).
/// </para>
/// <para>
/// At least once: each page's messages are sent, then its position is saved. A crash or a failed send in between
/// leaves the checkpoint before those messages, and the next run sends them again with the same message id, which the
/// bus's duplicate detection drops. A checkpoint is replaced only with the ETag it was read or saved with, so two relays
/// racing cannot move it backwards: the one that loses stops, and what it sent is sent again from the saved position.
/// </para>
/// <para>
/// Outbox documents expire <see cref="CosmosOutboxDocument.TimeToLiveSeconds"/> (7 days) after their commit in
/// containers with TTL on, so a relay stopped longer than that never sends the messages that expired meanwhile. Every
/// run that finds the checkpoint older than <see cref="StaleCheckpointAge"/> logs a warning; a relay that runs saves the
/// checkpoint at least daily, even when nothing moved, so an old checkpoint means relays stopped, not an idle container.
/// (In a container with TTL off, outbox documents never expire: nothing is lost there, but nothing removes them either.)
/// </para>
/// <para>
/// "At most about" <c>maxMessages</c>: the feed returns a transaction's writes together, so one page may exceed the
/// size asked for. A run also reads at most <see cref="MaxPagesPerContainer"/> pages per container, so a first run
/// over a container full of other documents moves through them in bounded steps.
/// </para>
/// </remarks>
public sealed class CosmosOutboxRelay : IOutboxRelay
{
    /// <summary>Pages one run reads from one container at most.</summary>
    public const int MaxPagesPerContainer = 50;

    /// <summary>Checkpoint age past which a run warns that messages may have expired unsent.</summary>
    public static readonly TimeSpan StaleCheckpointAge = TimeSpan.FromDays(3);

    // Well under StaleCheckpointAge, so a relay that keeps running never looks stopped; once a day costs nothing.
    private static readonly TimeSpan CheckpointRefreshAge = TimeSpan.FromDays(1);

    private static readonly TimeSpan OutboxTimeToLive = TimeSpan.FromSeconds(CosmosOutboxDocument.TimeToLiveSeconds);

    private readonly CosmosDocumentStore _store;
    private readonly IReadOnlyList<ContainerDefinition> _watched;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private Task? _containersReady;
    private int _runs;

    /// <summary>Creates a relay of the outbox documents in <paramref name="watchedContainers"/> of <paramref name="store"/>.</summary>
    /// <exception cref="ArgumentException">No container, two different definitions of one name, or the checkpoint container itself.</exception>
    public CosmosOutboxRelay(
        CosmosDocumentStore store,
        IEnumerable<ContainerDefinition> watchedContainers,
        TimeProvider timeProvider,
        ILogger<CosmosOutboxRelay>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(watchedContainers);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _store = store;
        _watched = [.. watchedContainers.Distinct()];
        _timeProvider = timeProvider;
        _logger = logger ?? NullLogger<CosmosOutboxRelay>.Instance;
        if (_watched.Count == 0)
            throw new ArgumentException("The outbox relay needs at least one container to watch.", nameof(watchedContainers));
        if (_watched.GroupBy(definition => definition.Name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1) is { } clash)
            throw new ArgumentException($"Container '{clash.Key}' is watched with two different definitions.", nameof(watchedContainers));
        if (_watched.Any(definition => definition.Name == CheckpointContainer.Name))
            throw new ArgumentException($"The checkpoint container '{CheckpointContainer.Name}' holds no outbox documents.", nameof(watchedContainers));
    }

    /// <summary>Where the relay keeps its checkpoints: one document per watched container, its name as id and partition key.</summary>
    public static ContainerDefinition CheckpointContainer { get; } = new("outbox-relay", "/id");

    /// <summary>The containers whose outbox documents this relay sends.</summary>
    public IReadOnlyList<ContainerDefinition> WatchedContainers => _watched;

    /// <inheritdoc />
    /// <remarks>
    /// Creates the checkpoint container and the watched containers on first use. Containers are relayed in turn from a
    /// different one each run, so a busy container cannot take every run's budget from the others.
    /// </remarks>
    public async Task<int> RelayAsync(IMessageQueue destination, int maxMessages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        await EnsureContainersAsync(cancellationToken);
        var first = (int)(unchecked((uint)Interlocked.Increment(ref _runs)) % (uint)_watched.Count);
        var sent = 0;
        for (var turn = 0; turn < _watched.Count && sent < maxMessages; turn++)
        {
            var name = _watched[(first + turn) % _watched.Count].Name;
            sent += await RelayContainerAsync(name, destination, maxMessages - sent, cancellationToken);
        }

        return sent;
    }

    private async Task<int> RelayContainerAsync(string name, IMessageQueue destination, int budget, CancellationToken cancellationToken)
    {
        var feed = _store.GetCosmosContainer(name);
        var checkpoints = _store.GetContainer(CheckpointContainer.Name);
        var checkpoint = await checkpoints.ReadAsync<CosmosOutboxCheckpoint>(name, name, cancellationToken);
        WarnWhenStale(name, checkpoint);

        var position = checkpoint?.Value.Continuation;
        var movedSinceSave = false;
        var sent = 0;
        for (var page = 0; page < MaxPagesPerContainer && sent < budget; page++)
        {
            var (documents, next) = await feed.ReadFeedAsync(position, budget - sent, cancellationToken);
            position = next;
            if (documents.Count == 0)
                break;
            movedSinceSave = true;
            var messages = ReadMessages(name, documents);
            if (messages.Count == 0)
                continue;

            await destination.SendAsync(messages, cancellationToken);
            sent += messages.Count;
            checkpoint = await SaveAsync(checkpoints, name, position, checkpoint, cancellationToken);
            if (checkpoint is null)
                return Finish(name, sent, taken: true);
            movedSinceSave = false;
        }

        if (position is not null && (movedSinceSave || IsDueForRefresh(checkpoint)))
        {
            checkpoint = await SaveAsync(checkpoints, name, position, checkpoint, cancellationToken);
            return Finish(name, sent, taken: checkpoint is null);
        }

        return Finish(name, sent, taken: false);
    }

    private List<OutgoingMessage> ReadMessages(string name, IReadOnlyList<JsonElement> documents)
    {
        var messages = new List<OutgoingMessage>(documents.Count);
        foreach (var document in documents.Where(CosmosOutboxDocument.IsOutbox))
        {
            try
            {
                messages.Add(CosmosOutboxDocument.ReadMessage(document));
            }
            catch (DocumentStoreException exception)
            {
                // It can never be sent; holding the checkpoint for it would stop every message behind it for good.
                Logs.OutboxDocumentMalformed(_logger, name, exception);
            }
        }

        return messages;
    }

    // Null when another relay moved (or an operator removed) the checkpoint since this run read it: saving over it
    // could move it backwards, so this run stops instead.
    private async Task<Document<CosmosOutboxCheckpoint>?> SaveAsync(
        IDocumentContainer checkpoints, string name, string position, Document<CosmosOutboxCheckpoint>? current, CancellationToken cancellationToken)
    {
        var checkpoint = new CosmosOutboxCheckpoint(name, position, _timeProvider.GetUtcNow());
        try
        {
            return current is null
                ? await checkpoints.CreateAsync(checkpoint, cancellationToken)
                : await checkpoints.ReplaceAsync(checkpoint, current.ETag, cancellationToken);
        }
        catch (Exception exception) when (exception is DocumentConflictException or DocumentPreconditionFailedException or DocumentNotFoundException)
        {
            return null;
        }
    }

    private bool IsDueForRefresh(Document<CosmosOutboxCheckpoint>? checkpoint) =>
        checkpoint is not null && _timeProvider.GetUtcNow() - checkpoint.Value.SavedAt >= CheckpointRefreshAge;

    private void WarnWhenStale(string name, Document<CosmosOutboxCheckpoint>? checkpoint)
    {
        var age = checkpoint is null ? TimeSpan.Zero : _timeProvider.GetUtcNow() - checkpoint.Value.SavedAt;
        if (age > StaleCheckpointAge)
            Logs.OutboxCheckpointStale(_logger, name, age, OutboxTimeToLive);
    }

    private int Finish(string name, int sent, bool taken)
    {
        if (taken)
            Logs.OutboxCheckpointTaken(_logger, name);
        if (sent > 0)
            Logs.OutboxRelayed(_logger, sent, name);
        return sent;
    }

    // Once per relay: the store's EnsureContainerAsync reads the database and the container each time it is called.
    // A failed attempt is not kept, so the next run tries again.
    private Task EnsureContainersAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_containersReady is null || _containersReady.IsFaulted || _containersReady.IsCanceled)
                _containersReady = EnsureAllAsync();
            return _containersReady.WaitAsync(cancellationToken);
        }
    }

    private async Task EnsureAllAsync()
    {
        await _store.EnsureContainerAsync(CheckpointContainer);
        foreach (var definition in _watched)
            await _store.EnsureContainerAsync(definition);
    }
}
