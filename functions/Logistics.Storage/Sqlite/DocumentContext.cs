using Microsoft.Extensions.Logging;

namespace Logistics.Storage.Sqlite;

/// <summary>What every container handle shares: the database, the writer, the outbox queue and the clock.</summary>
internal sealed class DocumentContext(
    SqliteDatabase database,
    DocumentWriter writer,
    SqliteMessageQueue queue,
    TimeProvider timeProvider,
    ILogger logger)
{
    // Expired rows are hidden by every statement; deleting them is only housekeeping, so do it now and then.
    private static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);
    private long nextPurgeMs;

    public SqliteDatabase Database { get; } = database;

    public DocumentWriter Writer { get; } = writer;

    public SqliteMessageQueue Queue { get; } = queue;

    public ILogger Logger { get; } = logger;

    public long NowMs() => timeProvider.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Runs a document write transaction, purging expired rows first when the interval has passed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteSession, long, T> work, CancellationToken cancellationToken) =>
        Database.WriteAsync(
            session =>
            {
                var now = NowMs();
                if (now >= nextPurgeMs)
                {
                    nextPurgeMs = now + (long)PurgeInterval.TotalMilliseconds;
                    var purged = session.Command("DELETE FROM documents WHERE expires_at IS NOT NULL AND expires_at <= $now").With("$now", now).ExecuteNonQuery();
                    if (purged > 0)
                        Logger.PurgedExpired(purged);
                }

                return work(session, now);
            },
            cancellationToken);
}
