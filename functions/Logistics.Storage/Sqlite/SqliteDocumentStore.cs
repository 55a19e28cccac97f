using System.Collections.Concurrent;
using Logistics.Storage.Documents;
using Microsoft.Extensions.Logging;

namespace Logistics.Storage.Sqlite;

/// <summary>The embedded document store: every container is a slice of one <c>documents</c> table.</summary>
internal sealed class SqliteDocumentStore : IDocumentStore
{
    private readonly SqliteDatabase database;
    private readonly DocumentContext context;
    private readonly ConcurrentDictionary<string, SqliteDocumentContainer> containers = new(StringComparer.Ordinal);

    public SqliteDocumentStore(SqliteDatabase database, SqliteMessageQueue queue, TimeProvider timeProvider, ILogger logger)
    {
        this.database = database;
        context = new DocumentContext(database, new DocumentWriter(database), queue, timeProvider, logger);
    }

    public async Task EnsureContainerAsync(ContainerDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        Validate(definition);
        var stored = await database.WriteAsync(
            session =>
            {
                var existing = Load(session, definition.Name);
                if (existing is not null && existing.PartitionKeyPath != definition.PartitionKeyPath)
                {
                    throw new InvalidOperationException(
                        $"Container '{definition.Name}' exists with partition key '{existing.PartitionKeyPath}', not '{definition.PartitionKeyPath}'.");
                }

                // The TTL setting may change between releases, as Cosmos DB lets it; the partition key may not.
                session.Command("""
                    INSERT INTO containers(name, partition_key_path, default_ttl) VALUES($n, $p, $t)
                    ON CONFLICT(name) DO UPDATE SET default_ttl = excluded.default_ttl
                    """).With("$n", definition.Name).With("$p", definition.PartitionKeyPath).With("$t", definition.DefaultTimeToLiveSeconds)
                    .ExecuteNonQuery();
                return definition;
            },
            cancellationToken).ConfigureAwait(false);
        containers[stored.Name] = new SqliteDocumentContainer(stored, context);
    }

    public IDocumentContainer GetContainer(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (containers.TryGetValue(name, out var container))
            return container;
        var definition = database.Read(session => Load(session, name))
            ?? throw new InvalidOperationException($"Container '{name}' does not exist; call EnsureContainerAsync at start.");
        return containers.GetOrAdd(name, _ => new SqliteDocumentContainer(definition, context));
    }

    public Task PingAsync(CancellationToken cancellationToken = default)
    {
        database.Read(session => session.Command("SELECT 1").ExecuteScalar());
        return Task.CompletedTask;
    }

    private static ContainerDefinition? Load(SqliteSession session, string name)
    {
        using var reader = session.Command("SELECT partition_key_path, default_ttl FROM containers WHERE name = $n").With("$n", name).ExecuteReader();
        return reader.Read() ? new ContainerDefinition(name, reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetInt32(1)) : null;
    }

    private static void Validate(ContainerDefinition definition)
    {
        if (string.IsNullOrEmpty(definition.Name) || definition.Name.Length > 255 || !definition.Name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            throw new ArgumentException($"Container name '{definition.Name}' must be 1-255 letters, digits or hyphens.", nameof(definition));
        var property = definition.PartitionKeyProperty;
        if (!definition.PartitionKeyPath.StartsWith('/') || property.Length == 0 || property.Contains('/', StringComparison.Ordinal))
            throw new ArgumentException($"Partition key path '{definition.PartitionKeyPath}' must be a top-level path such as /ownerId.", nameof(definition));
        if (definition.DefaultTimeToLiveSeconds is { } ttl && ttl != -1 && ttl <= 0)
            throw new ArgumentException("DefaultTimeToLiveSeconds must be null, -1 or positive.", nameof(definition));
    }
}
