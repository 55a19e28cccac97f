using Logistics.Storage.Documents;
using Logistics.Storage.Sqlite;
using Logistics.Storage.Tests.Documents.Contract;
using Microsoft.Data.Sqlite;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>
/// The file's writer commits queued writes in groups. Each test holds the writer inside a first write (a deterministic
/// hook, no timing) so the writes queued meanwhile share the next transaction.
/// </summary>
public sealed class SqliteGroupCommitTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();
    private readonly TaskCompletionSource holding = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SqliteDatabase Database => database.Storage.Database;

    public async Task InitializeAsync() =>
        await Database.WriteAsync(session => session.Command("CREATE TABLE t(id INTEGER PRIMARY KEY)").ExecuteNonQuery(), CancellationToken.None);

    public Task DisposeAsync()
    {
        database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_failing_write_fails_alone_and_the_others_of_its_group_commit_together()
    {
        var callbacks = new List<int>();
        var commitActions = new List<int>();
        var holder = HoldWriter();
        await holding.Task;
        var batchesBefore = Database.CommitBatches;
        var first = Database.WriteAsync(session => Insert(session, 1, commitActions), callbacks.Add, CancellationToken.None);
        var failing = Database.WriteAsync(session =>
        {
            Insert(session, 2, commitActions);
            return Insert(session, 1, commitActions); // duplicate key: this write's own insert of 2 is rolled back too
        }, callbacks.Add, CancellationToken.None);
        var third = Database.WriteAsync(session => Insert(session, 3, commitActions), callbacks.Add, CancellationToken.None);
        release.SetResult();
        await holder;

        Assert.Equal(1, await first);
        Assert.Equal(3, await third);
        await Assert.ThrowsAsync<SqliteException>(() => failing);
        Assert.Equal([1, 3], callbacks);
        Assert.Equal([1, 3], commitActions);
        Assert.Equal([1L, 3L], Database.Read(ReadIds));
        Assert.Equal(1, Database.CommitBatches - batchesBefore);
    }

    [Fact]
    public async Task A_callers_task_completes_only_after_its_group_committed()
    {
        await Database.WriteAsync(session => Insert(session, 7, []), CancellationToken.None);

        // A reader (another connection) sees the row as soon as the write's task has completed.
        Assert.Equal([7L], Database.Read(ReadIds));
    }

    [Fact]
    public async Task A_write_cancelled_while_queued_never_runs()
    {
        var holder = HoldWriter();
        await holding.Task;
        using var cancel = new CancellationTokenSource();
        var cancelled = Database.WriteAsync(session => Insert(session, 4, []), cancel.Token);
        var kept = Database.WriteAsync(session => Insert(session, 5, []), CancellationToken.None);
        await cancel.CancelAsync();
        release.SetResult();
        await holder;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.Equal(5, await kept);
        Assert.Equal([5L], Database.Read(ReadIds));
    }

    [Fact]
    public async Task Document_writes_of_one_group_keep_their_own_etag_checks()
    {
        await database.Storage.Documents.EnsureContainerAsync(new ContainerDefinition("things", "/pk"));
        var container = database.Storage.Documents.GetContainer("things");
        var original = await container.CreateAsync(new TestDocument("a", "p1", Qty: 1));
        var holder = HoldWriter();
        await holding.Task;
        var batchesBefore = Database.CommitBatches;

        var winner = container.ReplaceAsync(new TestDocument("a", "p1", Qty: 2), original.ETag);
        var loser = container.ReplaceAsync(new TestDocument("a", "p1", Qty: 3), original.ETag);
        var other = container.CreateAsync(new TestDocument("b", "p1", Qty: 9));
        release.SetResult();
        await holder;

        await winner;
        await other;
        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(() => loser);
        Assert.Equal(2, (await container.ReadAsync<TestDocument>("a", "p1"))!.Value.Qty);
        Assert.Equal(1, Database.CommitBatches - batchesBefore);
    }

    private Task<int> HoldWriter() => Database.WriteAsync(_ =>
    {
        holding.SetResult();
        release.Task.Wait();
        return 0;
    }, CancellationToken.None);

    private static int Insert(SqliteSession session, int id, List<int> commitActions)
    {
        session.Command("INSERT INTO t(id) VALUES($id)").With("$id", id).ExecuteNonQuery();
        session.OnCommit(() => commitActions.Add(id));
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
