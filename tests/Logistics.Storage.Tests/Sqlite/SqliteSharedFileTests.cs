using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Logistics.Storage.Sqlite;
using Logistics.Storage.Tests.Documents.Contract;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>Two storages on one file (as two processes would be) keep ETags unique and see each other's declarations.</summary>
public sealed class SqliteSharedFileTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    [Fact]
    public async Task Interleaved_writers_on_one_file_never_issue_the_same_etag_and_the_change_sequence_sees_all()
    {
        await using var other = SqliteStorage.Open(database.Options, database.Clock);
        await database.Storage.Documents.EnsureContainerAsync(new ContainerDefinition("shared", "/pk"));
        var mine = database.Storage.Documents.GetContainer("shared");
        var theirs = other.Documents.GetContainer("shared");
        var etags = new List<string>();

        for (var i = 0; i < 10; i++)
        {
            etags.Add((await mine.UpsertAsync(new TestDocument("same", "p1", Qty: i))).ETag);
            etags.Add((await theirs.UpsertAsync(new TestDocument("same", "p1", Qty: -i))).ETag);
            etags.Add((await theirs.CreateAsync(new TestDocument($"t{i}", "p1"))).ETag);
        }

        Assert.Equal(etags.Count, etags.Distinct(StringComparer.Ordinal).Count());
        var changes = await mine.ReadChangesAsync(null, 100);
        Assert.Equal(11, changes.Changes.Count);
        var stale = (await mine.ReadAsync<TestDocument>("same", "p1"))!;
        await theirs.ReplaceAsync(new TestDocument("same", "p1", "theirs"), stale.ETag);
        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(() => mine.ReplaceAsync(new TestDocument("same", "p1", "mine"), stale.ETag));
    }

    [Fact]
    public async Task A_queue_declared_by_one_storage_is_usable_from_the_other()
    {
        await using var other = SqliteStorage.Open(database.Options, database.Clock);
        await other.Queue.DeclareAsync(EntityDefinition.Queue("q"));

        await database.Storage.Queue.SendAsync([new OutgoingMessage("q", "x")]);

        Assert.Single(await other.Queue.ReceiveAsync("q", 10, TimeSpan.FromSeconds(30)));
    }

    public void Dispose() => database.Dispose();
}
