using Logistics.DurableTask.Sqlite;
using Logistics.DurableTask.Tests.Support;
using Logistics.Storage.Sqlite;

namespace Logistics.DurableTask.Tests.Sqlite;

public sealed class GroupCommitWriterTests : IAsyncLifetime
{
    private readonly string databasePath = DurableTaskHost.NewDatabasePath();
    private SqliteStorage? storage;

    private SqliteDatabase Database => storage!.Database;

    public async Task InitializeAsync()
    {
        storage = SqliteStorage.Open(new SqliteStorageOptions { DatabasePath = databasePath, SynchronousMode = SqliteSynchronousMode.Normal }, TimeProvider.System);
        await Database.WriteAsync(session => session.Command("CREATE TABLE t(id INTEGER PRIMARY KEY)").ExecuteNonQuery(), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await storage!.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(databasePath)!, recursive: true);
    }

    [Fact]
    public async Task A_failing_write_fails_alone_and_the_others_of_its_batch_commit_together()
    {
        await using var writer = new GroupCommitWriter(Database, maxBatchSize: 64);
        var callbacks = new List<int>();

        // Keep the writer busy committing an earlier write, so the next three queue up and share the following transaction.
        var holding = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = writer.WriteAsync(_ =>
        {
            holding.SetResult();
            release.Task.Wait();
            return 0;
        });
        await holding.Task;
        var batchesBefore = writer.Batches;
        var first = writer.WriteAsync(session => Insert(session, 1), callbacks.Add);
        var failing = writer.WriteAsync(session =>
        {
            Insert(session, 2);
            return Insert(session, 1); // duplicate key: this write's own insert of 2 is rolled back too
        }, callbacks.Add);
        var third = writer.WriteAsync(session => Insert(session, 3), callbacks.Add);
        release.SetResult();
        await holder;

        Assert.Equal(1, await first);
        Assert.Equal(3, await third);
        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => failing);
        Assert.Equal([1, 3], callbacks);
        Assert.Equal([1L, 3L], Database.Read(session => ReadIds(session)));
        Assert.Equal(1, writer.Batches - batchesBefore);
    }

    [Fact]
    public async Task A_callers_task_completes_only_after_its_batch_committed()
    {
        await using var writer = new GroupCommitWriter(Database, maxBatchSize: 64);

        await writer.WriteAsync(session => Insert(session, 7));

        // A reader (another connection) sees the row as soon as the write's task has completed.
        Assert.Equal([7L], Database.Read(session => ReadIds(session)));
    }

    private static int Insert(SqliteSession session, int id)
    {
        session.Command("INSERT INTO t(id) VALUES($id)").With("$id", id).ExecuteNonQuery();
        return id;
    }

    private static List<long> ReadIds(SqliteSession session)
    {
        var ids = new List<long>();
        using var reader = session.Command("SELECT id FROM t ORDER BY id").ExecuteReader();
        while (reader.Read())
            ids.Add(reader.GetInt64(0));
        return ids;
    }
}
