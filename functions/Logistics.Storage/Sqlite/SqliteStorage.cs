using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Storage.Sqlite;

/// <summary>
/// The embedded storage of the local runtime: a document store and a message queue in one SQLite database file, so
/// a batch and its outbox messages commit in one transaction.
/// </summary>
/// <remarks>
/// Open one instance per database file per process and share it (it is thread-safe); disposing it closes the file.
/// Durability: WAL journal; with <see cref="SqliteSynchronousMode.Full"/> (the default) an acknowledged write
/// survives a process kill and a power loss.
/// </remarks>
public sealed class SqliteStorage : IAsyncDisposable, IDisposable
{
    private readonly SqliteDatabase database;

    private SqliteStorage(SqliteDatabase database, SqliteDocumentStore documents, SqliteMessageQueue queue, string databasePath)
    {
        this.database = database;
        Documents = documents;
        Queue = queue;
        DatabasePath = databasePath;
    }

    /// <summary>The document store.</summary>
    public IDocumentStore Documents { get; }

    /// <summary>The message queue (same database as <see cref="Documents"/>).</summary>
    public IMessageQueue Queue { get; }

    /// <summary>Full path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Opens (creating when missing) the database at <see cref="SqliteStorageOptions.DatabasePath"/>.</summary>
    public static SqliteStorage Open(SqliteStorageOptions options, TimeProvider timeProvider) => Open(options, timeProvider, null);

    /// <summary>Opens the database, logging through <paramref name="loggerFactory"/>.</summary>
    public static SqliteStorage Open(SqliteStorageOptions options, TimeProvider timeProvider, ILoggerFactory? loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Logistics.Storage.Sqlite");
        var database = SqliteDatabase.Open(options);
        try
        {
            var queue = new SqliteMessageQueue(database, timeProvider, logger);
            var documents = new SqliteDocumentStore(database, queue, timeProvider, logger);
            var path = Path.GetFullPath(options.DatabasePath);
            logger.Opened(path, options.SynchronousMode);
            return new SqliteStorage(database, documents, queue, path);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>The file's connections, shared with the orchestration service so both use one writer.</summary>
    internal SqliteDatabase Database => database;

    /// <summary>Rows in the documents table, expired ones included (diagnostics and tests).</summary>
    internal long CountDocumentRows() =>
        database.Read(session => (long)session.Command("SELECT COUNT(*) FROM documents").ExecuteScalar()!);

    /// <inheritdoc/>
    public void Dispose() => database.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        database.Dispose();
        return ValueTask.CompletedTask;
    }
}
