using Logistics.Storage.Messaging;
using Microsoft.Extensions.Logging;

namespace Logistics.Storage.Sqlite;

/// <summary>
/// The embedded queue: messages live in the same database as the documents and are written by the same writer, which
/// is what makes <see cref="Documents.IDocumentBatch.Send"/> a transactional outbox.
/// </summary>
/// <remarks>
/// A receive locks a message by stamping a lock token and pushing <c>visible_at</c> to the lock expiry; an expired lock
/// simply makes the row due again, so redelivery needs no sweeper. All times come from the injected TimeProvider.
/// </remarks>
internal sealed partial class SqliteMessageQueue : IMessageQueue
{
    /// <summary>The reason given when a message exhausted its deliveries, as Service Bus names it.</summary>
    public const string MaxDeliveryCountExceeded = "MaxDeliveryCountExceeded";

    private const string ActiveWhere = "entity = $e AND dead_lettered_at IS NULL";

    private readonly SqliteDatabase database;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;
    private readonly QueueSignals signals = new();
    private volatile EntityCatalog catalog = EntityCatalog.Empty;

    public SqliteMessageQueue(SqliteDatabase database, TimeProvider timeProvider, ILogger logger)
    {
        this.database = database;
        this.timeProvider = timeProvider;
        this.logger = logger;
        ReloadCatalog();
    }

    public Task DeclareAsync(EntityDefinition entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ValidateName(entity.Name, nameof(entity));
        ArgumentOutOfRangeException.ThrowIfLessThan(entity.MaxDeliveryCount, 1, nameof(entity));
        var kind = entity.Subscriptions.Count == 0 ? QueueEntity.QueueKind : QueueEntity.TopicKind;
        var rows = new List<QueueEntity> { new(entity.Name, kind, null, entity.MaxDeliveryCount) };
        foreach (var subscription in entity.Subscriptions)
        {
            ValidateName(subscription, nameof(entity));
            rows.Add(new QueueEntity(EntityDefinition.SubscriptionPath(entity.Name, subscription), QueueEntity.SubscriptionKind, entity.Name, entity.MaxDeliveryCount));
        }

        return DeclareRowsAsync(rows, cancellationToken);
    }

    public Task SendAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        if (messages.Count == 0)
            return Task.CompletedTask;
        foreach (var message in messages)
            ResolveDestination(message);
        return database.WriteAsync(
            session =>
            {
                var now = NowMs();
                foreach (var message in messages)
                    Enqueue(session, message, now);
                return 0;
            },
            cancellationToken);
    }

    /// <summary>Checks that <paramref name="message"/> goes to a declared queue or topic; throws a clear error otherwise.</summary>
    internal QueueEntity ResolveDestination(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(message.Destination, nameof(message));
        ArgumentNullException.ThrowIfNull(message.Body, nameof(message));
        var entity = Find(message.Destination)
            ?? throw new InvalidOperationException($"Cannot send to '{message.Destination}': no queue or topic of that name was declared (call DeclareAsync at start).");
        return entity.Kind == QueueEntity.SubscriptionKind
            ? throw new InvalidOperationException($"Cannot send to subscription '{message.Destination}': send to its topic '{entity.Topic}'.")
            : entity;
    }

    /// <summary>Stores <paramref name="message"/> inside the writer's open transaction; receivers are woken after commit.</summary>
    internal void Enqueue(SqliteSession session, OutgoingMessage message, long nowMs)
    {
        var entity = ResolveDestination(message);
        var visibleAt = message.NotBefore is { } notBefore ? Math.Max(notBefore.ToUnixTimeMilliseconds(), nowMs) : nowMs;
        foreach (var path in catalog.Targets(entity))
        {
            session.Command("INSERT INTO queue_messages(entity, body, enqueued_at, visible_at) VALUES($e, $b, $now, $v)")
                .With("$e", path).With("$b", message.Body).With("$now", nowMs).With("$v", visibleAt)
                .ExecuteNonQuery();
            session.OnCommit(() => signals.Pulse(path));
        }
    }

    private long NowMs() => timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    private QueueEntity? Find(string path)
    {
        var entity = catalog.Find(path);
        if (entity is null)
        {
            // Another process (or another SqliteStorage on the same file) may have declared it meanwhile.
            ReloadCatalog();
            entity = catalog.Find(path);
        }

        return entity;
    }

    private QueueEntity Receivable(string entityPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityPath);
        var entity = Find(entityPath) ?? throw new InvalidOperationException($"Queue or subscription '{entityPath}' was not declared.");
        return entity.IsReceivable
            ? entity
            : throw new InvalidOperationException($"'{entityPath}' is a topic: receive from one of its subscriptions ('{entityPath}/subscriptions/name').");
    }

    private async Task DeclareRowsAsync(List<QueueEntity> rows, CancellationToken cancellationToken)
    {
        await database.WriteAsync(
            session =>
            {
                foreach (var row in rows)
                {
                    using (var reader = session.Command("SELECT kind FROM queue_entities WHERE path = $p").With("$p", row.Path).ExecuteReader())
                    {
                        if (reader.Read() && reader.GetString(0) != row.Kind)
                            throw new InvalidOperationException($"'{row.Path}' is already declared as a {reader.GetString(0)}, not a {row.Kind}.");
                    }

                    session.Command("""
                        INSERT INTO queue_entities(path, kind, topic, max_delivery_count) VALUES($p, $k, $t, $m)
                        ON CONFLICT(path) DO UPDATE SET max_delivery_count = excluded.max_delivery_count
                        """)
                        .With("$p", row.Path).With("$k", row.Kind).With("$t", row.Topic).With("$m", row.MaxDeliveryCount)
                        .ExecuteNonQuery();
                }

                return 0;
            },
            cancellationToken).ConfigureAwait(false);
        ReloadCatalog();
    }

    private void ReloadCatalog() =>
        catalog = new EntityCatalog(database.Read(session =>
        {
            var entities = new List<QueueEntity>();
            using var reader = session.Command("SELECT path, kind, topic, max_delivery_count FROM queue_entities").ExecuteReader();
            while (reader.Read())
                entities.Add(new QueueEntity(reader.GetString(0), reader.GetString(1), reader.NullableString(2), reader.GetInt32(3)));
            return entities;
        }));

    private static void ValidateName(string name, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name, parameterName);
        if (name.Contains('/', StringComparison.Ordinal) || name.Length > 260)
            throw new ArgumentException($"Entity name '{name}' must be at most 260 characters without '/'.", parameterName);
    }
}
