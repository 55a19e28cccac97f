namespace Logistics.Storage.Sqlite;

/// <summary>SQLite's <c>PRAGMA synchronous</c> levels that are safe with WAL.</summary>
public enum SqliteSynchronousMode
{
    /// <summary>
    /// WAL is fsynced at checkpoints only: a committed transaction survives a process kill (the WAL is in the OS page
    /// cache) but the last commits can be lost on power loss or OS crash. Faster; fine for tests and benchmarks.
    /// </summary>
    Normal,

    /// <summary>The WAL is fsynced at every commit: an acknowledged commit survives power loss.</summary>
    Full,
}
