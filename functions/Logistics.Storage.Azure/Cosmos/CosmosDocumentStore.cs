using System.Collections.Concurrent;
using Logistics.Storage.Documents;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Storage.Azure.Cosmos;

/// <summary>
/// <see cref="IDocumentStore"/> on Azure Cosmos DB (NoSQL API): one database, one Cosmos container per
/// <see cref="ContainerDefinition"/>, TransactionalBatch for batches, the latest-version change feed for changes.
/// </summary>
/// <remarks>
/// Register with <c>services.AddCosmosDocumentStore(...)</c>, or construct it around your own <see cref="CosmosClient"/>.
/// The store hands the SDK only streams and plain values, so the client's serializer settings do not matter.
/// </remarks>
public sealed class CosmosDocumentStore : IDocumentStore, IDisposable
{
    private readonly CosmosClient _client;
    private readonly bool _ownsClient;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, CosmosDocumentContainer> _containers = new(StringComparer.Ordinal);

    /// <summary>Creates a store on <paramref name="client"/>, which the caller keeps owning.</summary>
    public CosmosDocumentStore(CosmosClient client, CosmosStoreOptions options, ILogger<CosmosDocumentStore>? logger = null)
        : this(client, options, logger, ownsClient: false)
    {
    }

    internal CosmosDocumentStore(CosmosClient client, CosmosStoreOptions options, ILogger? logger, bool ownsClient)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabaseName, nameof(options));
        _client = client;
        _ownsClient = ownsClient;
        _logger = logger ?? NullLogger.Instance;
        Database = client.GetDatabase(options.DatabaseName);
    }

    /// <summary>The SDK database, for what the port does not cover.</summary>
    public Database Database { get; }

    /// <inheritdoc />
    /// <remarks>
    /// Creates the database when missing, then the container with the partition key path and default TTL of
    /// <paramref name="definition"/> and one composite index per declared <see cref="ContainerDefinition.SortOrders"/> entry.
    /// An existing container is left as it is.
    /// </remarks>
    public async Task EnsureContainerAsync(ContainerDefinition definition, CancellationToken cancellationToken = default)
    {
        Validate(definition);
        try
        {
            await _client.CreateDatabaseIfNotExistsAsync(Database.Id, cancellationToken: cancellationToken);
            var properties = new ContainerProperties(definition.Name, definition.PartitionKeyPath)
            {
                DefaultTimeToLive = definition.DefaultTimeToLiveSeconds,
            };
            foreach (var order in definition.SortOrders)
                properties.IndexingPolicy.CompositeIndexes.Add(CosmosCompositeIndex.For(order));
            var response = await Database.CreateContainerIfNotExistsAsync(properties, cancellationToken: cancellationToken);
            Logs.ContainerEnsured(_logger, definition.Name, Database.Id, (int)response.StatusCode);
            _containers[definition.Name] = new CosmosDocumentContainer(response.Container, definition, _logger);
        }
        catch (CosmosException exception)
        {
            throw new DocumentStoreException(
                CosmosFailures.From(exception.StatusCode, "EnsureContainer", $"container '{definition.Name}'", exception.ActivityId, exception.Message).Message,
                exception);
        }
    }

    /// <inheritdoc />
    public IDocumentContainer GetContainer(string name) => GetCosmosContainer(name);

    /// <summary>The container as its Cosmos DB implementation.</summary>
    /// <exception cref="InvalidOperationException"><see cref="EnsureContainerAsync"/> was not called for <paramref name="name"/>.</exception>
    public CosmosDocumentContainer GetCosmosContainer(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _containers.TryGetValue(name, out var container)
            ? container
            : throw new InvalidOperationException($"Container '{name}' is not known: call EnsureContainerAsync with its definition first.");
    }

    /// <inheritdoc />
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _client.ReadAccountAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch (CosmosException exception)
        {
            throw new DocumentStoreException(
                CosmosFailures.From(exception.StatusCode, "Ping", "the account", exception.ActivityId, exception.Message).Message, exception);
        }
    }

    /// <summary>Disposes the client when the store created it.</summary>
    public void Dispose()
    {
        if (_ownsClient)
            _client.Dispose();
    }

    private static void Validate(ContainerDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentException.ThrowIfNullOrWhiteSpace(definition.Name, nameof(definition));
        var path = definition.PartitionKeyPath;
        if (string.IsNullOrEmpty(path) || path[0] != '/' || path.Length == 1 || path.IndexOf('/', 1) >= 0)
            throw new ArgumentException($"Partition key path '{path}' of container '{definition.Name}' must be a top-level path such as /ownerId.", nameof(definition));
        if (definition.DefaultTimeToLiveSeconds is 0 or < -1)
            throw new ArgumentException($"Default TTL of container '{definition.Name}' must be null, -1 or positive.", nameof(definition));
    }
}
