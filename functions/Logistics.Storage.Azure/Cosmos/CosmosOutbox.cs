using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>Reads and completes outbox messages of a <see cref="CosmosDocumentStore"/> (see <see cref="ICosmosOutboxReader"/>).</summary>
public sealed class CosmosOutbox : ICosmosOutboxReader
{
    private readonly CosmosDocumentStore _store;
    private readonly ILogger _logger;

    /// <summary>Creates the reader over the containers <paramref name="store"/> has ensured.</summary>
    public CosmosOutbox(CosmosDocumentStore store, ILogger<CosmosOutbox>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <inheritdoc />
    public async Task<CosmosOutboxPage> ReadPendingAsync(
        string containerName, string? continuation, int maxItems, CancellationToken cancellationToken = default)
    {
        var container = _store.GetCosmosContainer(containerName);
        var (documents, next) = await container.ReadFeedAsync(continuation, maxItems, cancellationToken);
        var messages = documents
            .Where(CosmosOutboxDocument.IsOutbox)
            .Select(document => CosmosOutboxDocument.Read(document, container.Definition.PartitionKeyProperty))
            .ToList();
        return new CosmosOutboxPage(messages, next);
    }

    /// <inheritdoc />
    public async Task CompleteAsync(string containerName, CosmosOutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.Id.StartsWith(CosmosOutboxDocument.IdPrefix, StringComparison.Ordinal))
            throw new ArgumentException($"'{message.Id}' is not an outbox document id.", nameof(message));
        var container = _store.GetCosmosContainer(containerName);
        var target = CosmosFailures.Target(containerName, message.Id, message.PartitionKey);
        using var response = await CosmosFailures.GuardAsync(
            () => container.CosmosContainer.DeleteItemStreamAsync(message.Id, new PartitionKey(message.PartitionKey), cancellationToken: cancellationToken),
            "CompleteOutbox",
            target);
        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotFound)
            throw CosmosFailures.From(response, "CompleteOutbox", target);
        Logs.OutboxMessageCompleted(_logger, message.Id, message.Message.Destination, containerName);
    }
}
