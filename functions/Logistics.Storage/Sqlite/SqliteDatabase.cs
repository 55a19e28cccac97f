using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Logistics.Storage.Sqlite;

/// <summary>
/// The connections to one database file: a single writer that commits queued writes in groups, and a pool of readers.
/// </summary>
/// <remarks>
/// SQLite admits one writer at a time whatever we do; queuing writes in-process instead of on SQLite's busy handler
/// keeps them FIFO, lets waits be cancelled, and lets the writer keep its prepared statements. In WAL mode readers never
/// block the writer nor each other, so reads run on their own connections in parallel. Writes are group-committed (see
/// <c>SqliteDatabase.Writes.cs</c>).
/// </remarks>
internal sealed partial class SqliteDatabase : IDisposable
{
    // After a burst the WAL is truncated back to this size at the next checkpoint instead of staying at its peak.
    private const long JournalSizeLimit = 64L * 1024 * 1024;
    private const long MemoryMapSize = 256L * 1024 * 1024;

    // Negative cache sizes are KiB (SQLite's convention).
    private const int WriterCacheKiB = -32 * 1024;
    private const int ReaderCacheKiB = -4 * 1024;
    private static int initialized;

    private readonly ConcurrentBag<SqliteSession> idleReaders = [];
    private readonly string connectionString;
    private readonly SqliteStorageOptions options;
    private readonly SqliteSession writer;
    private readonly SequenceAllocator sequence = new();
    private bool disposed;

    private SqliteDatabase(SqliteStorageOptions options)
    {
        this.options = options;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // We pool sessions ourselves so each keeps its pragmas and prepared statements.
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        writer = OpenSession(readOnly: false);
        writes = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
        writeLoop = Task.Run(RunWritesAsync);
    }

    public static SqliteDatabase Open(SqliteStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath, nameof(options));
        if (options.BusyTimeout <= TimeSpan.Zero)
            throw new ArgumentException($"SqliteStorageOptions.BusyTimeout must be positive, not {options.BusyTimeout}.", nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxIdleReaders, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxWritesPerCommit, 1, nameof(options));
        if (Interlocked.Exchange(ref initialized, 1) == 0)
            SQLitePCL.Batteries_V2.Init();

        var folder = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);

        var database = new SqliteDatabase(options);
        try
        {
            database.CreateSchema();
            return database;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    /// <summary>Hands out change sequence numbers; call on the writer inside a write transaction only.</summary>
    public long NextSequence() => sequence.Next();

    /// <summary>Runs <paramref name="work"/> on a pooled reader connection (a consistent snapshot per statement).</summary>
    public T Read<T>(Func<SqliteSession, T> work)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (!idleReaders.TryTake(out var session))
            session = OpenSession(readOnly: true);
        try
        {
            return work(session);
        }
        finally
        {
            if (!disposed && idleReaders.Count < options.MaxIdleReaders)
                idleReaders.Add(session);
            else
                session.Dispose();
        }
    }

    /// <summary>Lets queued writes finish, then closes every connection.</summary>
    public void Dispose()
    {
        if (disposed)
            return;
        disposed = true;
        writes.Writer.TryComplete();
        writeLoop.GetAwaiter().GetResult();
        while (idleReaders.TryTake(out var reader))
            reader.Dispose();
        writer.Dispose();
    }

    private long ReadStoredSequence()
    {
        var command = writer.Command("SELECT value FROM counters WHERE name = 'documents'");
        return Convert.ToInt64(command.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture);
    }

    private void CreateSchema()
    {
        using (var command = writer.Connection.CreateCommand())
        {
            command.CommandText = SqliteSchema.Create;
            command.ExecuteNonQuery();
        }

    }

    private SqliteSession OpenSession(bool readOnly)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            // FULL by default: WAL+NORMAL survives a process kill but can lose the last acknowledged commits on power
            // loss, and an acknowledged write (an accepted notice, a movement) must never be lost.
            var synchronous = options.SynchronousMode == SqliteSynchronousMode.Full ? "FULL" : "NORMAL";
            using (var command = connection.CreateCommand())
            {
                // Pages are read through a memory map (no read syscall per page, one copy shared by every connection); the
                // writer keeps a larger page cache because every write walks the same index pages again.
                command.CommandText = FormattableString.Invariant(
                    $"PRAGMA journal_mode = WAL; PRAGMA synchronous = {synchronous}; PRAGMA busy_timeout = {(long)options.BusyTimeout.TotalMilliseconds}; PRAGMA query_only = {(readOnly ? 1 : 0)}; PRAGMA journal_size_limit = {JournalSizeLimit}; PRAGMA cache_size = {(readOnly ? ReaderCacheKiB : WriterCacheKiB)};");
                command.ExecuteNonQuery();
            }

            SqliteFunctions.Register(connection);
            return new SqliteSession(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
