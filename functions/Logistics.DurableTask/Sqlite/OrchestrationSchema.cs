namespace Logistics.DurableTask.Sqlite;

/// <summary>The task hub's tables in the shared SQLite file; every statement is idempotent.</summary>
/// <remarks>
/// Times are unix milliseconds (INTEGER). Message and activity sequence numbers are AUTOINCREMENT so they never go back,
/// even after deletes: the worker reads rows above the last number it has seen to find work written by other processes.
/// History is stored in chunks, one row per episode (a JSON array of that episode's new events), so an episode appends one row.
/// </remarks>
internal static class OrchestrationSchema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS dt_instances(
            instance_id TEXT PRIMARY KEY,
            execution_id TEXT NOT NULL,
            name TEXT NOT NULL,
            version TEXT,
            status INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            completed_at INTEGER,
            scheduled_start_at INTEGER,
            input TEXT,
            output TEXT,
            custom_status TEXT,
            failure TEXT,
            parent TEXT,
            tags TEXT);
        CREATE INDEX IF NOT EXISTS ix_dt_instances_created ON dt_instances(created_at);

        CREATE TABLE IF NOT EXISTS dt_history(
            instance_id TEXT NOT NULL,
            chunk INTEGER NOT NULL,
            events TEXT NOT NULL,
            PRIMARY KEY(instance_id, chunk)) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS dt_messages(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            instance_id TEXT NOT NULL,
            visible_at INTEGER NOT NULL,
            message TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_dt_messages_instance ON dt_messages(instance_id, seq);

        CREATE TABLE IF NOT EXISTS dt_activities(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            instance_id TEXT NOT NULL,
            message TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_dt_activities_instance ON dt_activities(instance_id);
        """;

    public const string Drop = """
        DROP TABLE IF EXISTS dt_instances;
        DROP TABLE IF EXISTS dt_history;
        DROP TABLE IF EXISTS dt_messages;
        DROP TABLE IF EXISTS dt_activities;
        """;
}
