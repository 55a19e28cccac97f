using System.Collections.Immutable;
using System.Threading.Channels;

namespace Logistics.Storage.Sqlite;

/// <summary>The write path: every write of the file (documents, queue, orchestrations) is group-committed.</summary>
/// <remarks>
/// With <c>synchronous=FULL</c> a commit costs an fsync, and that, not the SQL, bounds how many transactions a second the
/// file takes. So writes queue here and one loop commits whatever queued while the previous commit was in flight, in
/// one transaction, each write isolated in a SAVEPOINT: a write that throws is rolled back to its savepoint and fails
/// alone, the others of its group commit. A caller's task completes only after the shared commit (or with the commit's
/// exception); its <c>committed</c> callback and the commit actions it registered (<see cref="SqliteSession.OnCommit"/>)
/// run just before, in queue order, so in-memory state never runs ahead of the file.
/// </remarks>
internal sealed partial class SqliteDatabase
{
    private readonly Channel<PendingWrite> writes;
    private readonly Task writeLoop;
    private ImmutableArray<IWriteBatchObserver> observers = [];
    private long batches;

    /// <summary>Group-commit transactions committed or attempted so far (diagnostics and tests).</summary>
    public long CommitBatches => Interlocked.Read(ref batches);

    /// <summary>Runs <paramref name="work"/> in the next group commit on the writer connection.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the work ran.</exception>
    public Task<T> WriteAsync<T>(Func<SqliteSession, T> work, CancellationToken cancellationToken) => WriteAsync(work, null, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in the next group commit; <paramref name="committed"/> runs once that commit is
    /// durable, before the returned task completes. Neither runs when the work throws or the commit fails.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteSession, T> work, Action<T>? committed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        ObjectDisposedException.ThrowIf(disposed, this);
        var write = new PendingWrite<T>(work, committed, cancellationToken);
        return writes.Writer.TryWrite(write) ? write.Task : throw new ObjectDisposedException(nameof(SqliteDatabase));
    }

    /// <summary>Adds <paramref name="observer"/> to every group commit from the next one on.</summary>
    public void Observe(IWriteBatchObserver observer) => ImmutableInterlocked.Update(ref observers, list => list.Add(observer));

    /// <summary>Stops calling <paramref name="observer"/>.</summary>
    public void StopObserving(IWriteBatchObserver observer) => ImmutableInterlocked.Update(ref observers, list => list.Remove(observer));

    private async Task RunWritesAsync()
    {
        var batch = new List<PendingWrite>(options.MaxWritesPerCommit);
        while (await writes.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < options.MaxWritesPerCommit && writes.Reader.TryRead(out var write))
                batch.Add(write);
            Commit(batch);
            batch.Clear();
        }
    }

    private void Commit(List<PendingWrite> batch)
    {
        Interlocked.Increment(ref batches);
        var watching = observers;
        var committed = false;
        try
        {
            using var transaction = writer.Connection.BeginTransaction(deferred: false);
            writer.Transaction = transaction;
            try
            {
                // Another process may share the file: under SQLite's write lock the stored counter is current.
                sequence.Begin(ReadStoredSequence());
                foreach (var observer in watching)
                    observer.BatchStarting(writer);
                foreach (var write in batch)
                    Run(write);
                if (sequence.PendingCeiling is { } ceiling)
                    writer.Command("UPDATE counters SET value = $v WHERE name = 'documents'").With("$v", ceiling).ExecuteNonQuery();
                transaction.Commit();
                committed = true;
            }
            finally
            {
                writer.Transaction = null;
            }
        }
        catch (Exception exception)
        {
            // Numbers handed out in a rolled-back transaction were never visible: gaps are harmless.
            sequence.RolledBack();
            writer.TakeCommitActions();
            foreach (var write in batch)
                write.Fail(exception);
        }
        finally
        {
            foreach (var observer in watching)
                observer.BatchEnded(committed);
        }

        if (!committed)
            return;
        foreach (var write in batch)
            write.Complete();
    }

    private void Run(PendingWrite write)
    {
        if (write.IsCancelled)
        {
            write.Cancel();
            return;
        }

        // Savepoint statements through the session's cache: SqliteTransaction.Save would parse them for every write.
        writer.Command("SAVEPOINT w").ExecuteNonQuery();
        try
        {
            write.Execute(writer);
            writer.Command("RELEASE w").ExecuteNonQuery();
            write.KeepCommitActions(writer.TakeCommitActions());
        }
        catch (Exception exception)
        {
            // A failure that broke the transaction itself (I/O, disk full) makes the rollback throw and fails the group.
            writer.Command("ROLLBACK TO w").ExecuteNonQuery();
            writer.Command("RELEASE w").ExecuteNonQuery();
            writer.TakeCommitActions();
            write.Fail(exception);
        }
    }
}
