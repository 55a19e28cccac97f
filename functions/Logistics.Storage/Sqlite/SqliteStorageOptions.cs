namespace Logistics.Storage.Sqlite;

/// <summary>Settings of the embedded SQLite document store and queue (one database file holds both).</summary>
public sealed class SqliteStorageOptions
{
    /// <summary>Path of the database file; its folder is created when missing. Default <c>.data/logistics.db</c>.</summary>
    public string DatabasePath { get; set; } = Path.Combine(".data", "logistics.db");

    /// <summary>How long a statement waits for a lock held by another process before failing. Default 5 s.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// When a commit is acknowledged. Default <see cref="SqliteSynchronousMode.Full"/>: an acknowledged write survives
    /// process kill and power loss. <see cref="SqliteSynchronousMode.Normal"/> survives process kill only.
    /// </summary>
    public SqliteSynchronousMode SynchronousMode { get; set; } = SqliteSynchronousMode.Full;

    /// <summary>
    /// The most writes one group commit takes (one transaction, one fsync); writes queued beyond it wait for the next.
    /// Default 256.
    /// </summary>
    public int MaxWritesPerCommit { get; set; } = 256;

    /// <summary>Reader connections kept open for reuse (more may open under load; extras close on return). Default 4.</summary>
    public int MaxIdleReaders { get; set; } = 4;
}
