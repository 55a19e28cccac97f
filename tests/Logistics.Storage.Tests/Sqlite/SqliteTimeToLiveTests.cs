using Logistics.Storage.Documents;
using Logistics.Storage.Tests.Documents.Contract;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>TTL driven by the test clock: expiry is computed at write time and hidden from every read path.</summary>
public sealed class SqliteTimeToLiveTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    [Fact]
    public async Task A_document_expires_after_the_container_default_ttl()
    {
        var container = await NewContainerAsync(ttl: 60);
        await container.CreateAsync(new TestDocument("a", "p1"));

        database.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.NotNull(await container.ReadAsync<TestDocument>("a", "p1"));

        database.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await container.ReadAsync<TestDocument>("a", "p1"));
        Assert.Empty((await container.QueryAsync<TestDocument>(new DocumentQuery("p1"))).Items);
        Assert.Empty((await container.ReadChangesAsync(null, 10)).Changes);
        await Assert.ThrowsAsync<DocumentNotFoundException>(() => container.ReplaceAsync(new TestDocument("a", "p1")));
    }

    [Fact]
    public async Task A_write_restarts_the_ttl()
    {
        var container = await NewContainerAsync(ttl: 60);
        await container.CreateAsync(new TestDocument("a", "p1"));
        database.Clock.Advance(TimeSpan.FromSeconds(50));

        await container.PatchAsync<TestDocument>("a", "p1", [PatchOperation.Increment("/qty", 1L)]);
        database.Clock.Advance(TimeSpan.FromSeconds(50));

        Assert.NotNull(await container.ReadAsync<TestDocument>("a", "p1"));
    }

    [Fact]
    public async Task A_document_ttl_overrides_the_container_default()
    {
        var container = await NewContainerAsync(ttl: -1);
        await container.CreateAsync(new TestDocument("short", "p1") { Ttl = 10 });
        await container.CreateAsync(new TestDocument("forever", "p1"));
        var longLived = await NewContainerAsync(ttl: 10);
        await longLived.CreateAsync(new TestDocument("pinned", "p1") { Ttl = -1 });

        database.Clock.Advance(TimeSpan.FromDays(365));

        Assert.Null(await container.ReadAsync<TestDocument>("short", "p1"));
        Assert.NotNull(await container.ReadAsync<TestDocument>("forever", "p1"));
        Assert.NotNull(await longLived.ReadAsync<TestDocument>("pinned", "p1"));
    }

    [Fact]
    public async Task A_document_ttl_is_ignored_when_the_container_has_ttl_off()
    {
        var container = await NewContainerAsync(ttl: null);
        await container.CreateAsync(new TestDocument("a", "p1") { Ttl = 10 });

        database.Clock.Advance(TimeSpan.FromDays(1));

        Assert.NotNull(await container.ReadAsync<TestDocument>("a", "p1"));
    }

    [Fact]
    public async Task The_id_of_an_expired_document_can_be_created_again()
    {
        var container = await NewContainerAsync(ttl: 5);
        await container.CreateAsync(new TestDocument("a", "p1", "first"));
        database.Clock.Advance(TimeSpan.FromSeconds(5));

        await container.CreateAsync(new TestDocument("a", "p1", "second"));

        Assert.Equal("second", (await container.ReadAsync<TestDocument>("a", "p1"))!.Value.Status);
    }

    [Fact]
    public async Task Expired_rows_are_purged_by_a_later_write()
    {
        var container = await NewContainerAsync(ttl: 5);
        await container.CreateAsync(new TestDocument("a", "p1"));
        database.Clock.Advance(TimeSpan.FromMinutes(2));

        await container.CreateAsync(new { id = "b", pk = "p1" });

        Assert.Equal(1, database.Storage.CountDocumentRows());
    }

    public void Dispose() => database.Dispose();

    private async Task<IDocumentContainer> NewContainerAsync(int? ttl)
    {
        var name = "c" + Guid.NewGuid().ToString("N");
        await database.Storage.Documents.EnsureContainerAsync(new ContainerDefinition(name, "/pk", ttl));
        return database.Storage.Documents.GetContainer(name);
    }
}
