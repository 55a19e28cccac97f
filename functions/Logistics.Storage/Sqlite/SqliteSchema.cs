namespace Logistics.Storage.Sqlite;

/// <summary>The tables of the document store and the queue; created idempotently at open.</summary>
/// <remarks>Times are unix milliseconds (INTEGER) so comparisons are numeric and cheap.</remarks>
internal static class SqliteSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS containers(
            name TEXT PRIMARY KEY,
            partition_key_path TEXT NOT NULL,
            default_ttl INTEGER);

        CREATE TABLE IF NOT EXISTS documents(
            container TEXT NOT NULL,
            pk TEXT NOT NULL,
            id TEXT NOT NULL,
            body TEXT NOT NULL,
            etag TEXT NOT NULL,
            ts INTEGER NOT NULL,
            seq INTEGER NOT NULL,
            expires_at INTEGER,
            PRIMARY KEY(container, pk, id));
        CREATE INDEX IF NOT EXISTS ix_documents_seq ON documents(container, seq);
        CREATE INDEX IF NOT EXISTS ix_documents_expiry ON documents(expires_at) WHERE expires_at IS NOT NULL;

        CREATE TABLE IF NOT EXISTS counters(name TEXT PRIMARY KEY, value INTEGER NOT NULL);
        INSERT OR IGNORE INTO counters(name, value) VALUES('documents', 0);

        CREATE TABLE IF NOT EXISTS queue_entities(
            path TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            topic TEXT,
            max_delivery_count INTEGER NOT NULL);

        CREATE TABLE IF NOT EXISTS queue_messages(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            entity TEXT NOT NULL,
            body TEXT NOT NULL,
            enqueued_at INTEGER NOT NULL,
            visible_at INTEGER NOT NULL,
            delivery_count INTEGER NOT NULL DEFAULT 0,
            lock_token TEXT,
            dead_lettered_at INTEGER,
            dead_letter_reason TEXT);
        CREATE INDEX IF NOT EXISTS ix_queue_active ON queue_messages(entity, seq) WHERE dead_lettered_at IS NULL;
        CREATE INDEX IF NOT EXISTS ix_queue_due ON queue_messages(entity, visible_at) WHERE dead_lettered_at IS NULL;
        CREATE INDEX IF NOT EXISTS ix_queue_dead ON queue_messages(entity, seq) WHERE dead_lettered_at IS NOT NULL;
        """;
}
