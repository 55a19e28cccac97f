using System.Threading.Channels;
using Logistics.Storage.Sqlite;

namespace Logistics.DurableTask.Sqlite;

/// <summary>
/// Commits many small writes in one SQLite transaction (group commit), each isolated in a SAVEPOINT.
/// </summary>
/// <remarks>
/// With <c>synchronous=FULL</c> a commit costs an fsync, and that, not the SQL, bounds single-transaction throughput. So
/// writes queue here and one loop commits whatever has queued while the previous commit was in flight. A write that throws
/// is rolled back to its savepoint and fails alone; the others in its batch commit. A caller's task completes only after
/// the shared commit (or with the commit's exception), and its <c>committed</c> callback runs before that, in queue order,
/// so in-memory state never runs ahead of the file. Transactions go through <see cref="SqliteDatabase.WriteAsync{T}"/>, the
/// writer the document store uses too, so both share SQLite's single writer fairly.
/// </remarks>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    private readonly SqliteDatabase database;
    private readonly IWriteBatchObserver? observer;
    private readonly int maxBatchSize;
    private readonly Channel<PendingWrite> queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;
    private long batches;

    public GroupCommitWriter(SqliteDatabase database, int maxBatchSize, IWriteBatchObserver? observer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        this.database = database;
        this.maxBatchSize = maxBatchSize;
        this.observer = observer;
        loop = Task.Run(RunAsync);
    }

    /// <summary>Transactions committed or attempted so far (diagnostics and tests).</summary>
    public long Batches => Interlocked.Read(ref batches);

    /// <summary>
    /// Queues <paramref name="work"/> for the next group commit. <paramref name="committed"/> runs once the batch has
    /// committed, before the returned task completes; neither runs if the work throws.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<SqliteSession, T> work, Action<T>? committed = null)
    {
        var write = new PendingWrite<T>(work, committed);
        if (!queue.Writer.TryWrite(write))
            throw new ObjectDisposedException(nameof(GroupCommitWriter));
        return write.Task;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>(maxBatchSize);
        while (await queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < maxBatchSize && queue.Reader.TryRead(out var write))
                batch.Add(write);
            await CommitAsync(batch).ConfigureAwait(false);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        Interlocked.Increment(ref batches);
        var committed = false;
        try
        {
            await database.WriteAsync(session => RunBatch(session, batch), CancellationToken.None).ConfigureAwait(false);
            committed = true;
        }
        catch (Exception exception)
        {
            foreach (var write in batch)
                write.Fail(exception);
        }
        finally
        {
            observer?.BatchEnded(committed);
        }

        if (!committed)
            return;
        foreach (var write in batch)
            write.Complete();
    }

    private bool RunBatch(SqliteSession session, List<PendingWrite> batch)
    {
        observer?.BatchStarting(session);
        foreach (var write in batch)
        {
            // Savepoint statements through the session's cache: SqliteTransaction.Save would parse them for every write.
            session.Command("SAVEPOINT w").ExecuteNonQuery();
            try
            {
                write.Execute(session);
                session.Command("RELEASE w").ExecuteNonQuery();
            }
            catch (Exception exception)
            {
                session.Command("ROLLBACK TO w").ExecuteNonQuery();
                session.Command("RELEASE w").ExecuteNonQuery();
                write.Fail(exception);
            }
        }

        return true;
    }

    private abstract class PendingWrite
    {
        public abstract void Execute(SqliteSession session);

        /// <summary>After the commit: runs the callback, then completes the caller's task (no-op if the write failed).</summary>
        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    private sealed class PendingWrite<T>(Func<SqliteSession, T> work, Action<T>? committed) : PendingWrite
    {
        private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? result;
        private bool executed;

        public Task<T> Task => completion.Task;

        public override void Execute(SqliteSession session)
        {
            result = work(session);
            executed = true;
        }

        public override void Complete()
        {
            if (!executed || completion.Task.IsCompleted)
                return;
            try
            {
                committed?.Invoke(result!);
                completion.TrySetResult(result!);
            }
            catch (Exception exception)
            {
                completion.TrySetException(exception);
            }
        }

        public override void Fail(Exception exception)
        {
            executed = false;
            completion.TrySetException(exception);
        }
    }
}
