using System.Text.Json;
using Logistics.Storage.Documents;
using Logistics.Storage.Tests.Documents.Contract;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>Where Cosmos DB's own behaviour differs from the port and the adapter bridges it, on the local server.</summary>
[Collection(CosmosServerCollection.Name)]
public sealed class CosmosDocumentContainerTests(CosmosServerFixture server)
{
    [Fact]
    public async Task Upsert_with_an_etag_of_an_absent_document_throws_not_found_instead_of_creating_it()
    {
        var container = await NewContainerAsync();

        await Assert.ThrowsAsync<DocumentNotFoundException>(() => container.UpsertAsync(new TestDocument("a", "p1"), "\"some-etag\""));

        Assert.Null(await container.ReadAsync<TestDocument>("a", "p1"));
    }

    [Fact]
    public async Task Removing_only_absent_paths_leaves_the_document_as_it_was()
    {
        var container = await NewContainerAsync();
        var created = await container.CreateAsync(new TestDocument("a", "p1", Qty: 2));

        var patched = await container.PatchAsync<TestDocument>("a", "p1", [PatchOperation.Remove("/due"), PatchOperation.Remove("/line/sku")]);

        Assert.Equal(created.ETag, patched.ETag);
        Assert.Equal(created.Value, patched.Value);
    }

    [Fact]
    public async Task Removing_an_absent_path_with_a_stale_etag_throws_precondition_failed()
    {
        var container = await NewContainerAsync();
        var created = await container.CreateAsync(new TestDocument("a", "p1"));
        await container.ReplaceAsync(new TestDocument("a", "p1", "moved on"));

        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(
            () => container.PatchAsync<TestDocument>("a", "p1", [PatchOperation.Remove("/due"), PatchOperation.Set("/status", "x")], created.ETag));

        Assert.Equal("moved on", (await container.ReadAsync<TestDocument>("a", "p1"))!.Value.Status);
    }

    [Fact]
    public async Task Removing_an_absent_path_of_an_absent_document_throws_not_found()
    {
        var container = await NewContainerAsync();

        await Assert.ThrowsAsync<DocumentNotFoundException>(() => container.PatchAsync<TestDocument>("a", "p1", [PatchOperation.Remove("/due")]));
    }

    [Fact]
    public async Task A_patch_that_is_wrong_for_another_reason_is_reported_not_retried_away()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new TestDocument("a", "p1", "text"));

        var failure = await Assert.ThrowsAsync<DocumentStoreException>(
            () => container.PatchAsync<TestDocument>("a", "p1", [PatchOperation.Remove("/due"), PatchOperation.Set("/line/sku/deeper", "x")]));

        Assert.Contains("400", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_read_as_json_keep_the_stored_system_properties_and_partition_key()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new { id = "a", pk = "p1", nested = new { value = 1 } });

        var read = (await container.ReadAsync<JsonElement>("a", "p1"))!;

        Assert.Equal(("a", "p1"), (read.Id, read.PartitionKey));
        Assert.Equal(1, read.Value.GetProperty("nested").GetProperty("value").GetInt32());
        Assert.Equal(read.ETag, read.Value.GetProperty("_etag").GetString());
    }

    private async Task<IDocumentContainer> NewContainerAsync()
    {
        var name = "ctr" + Guid.NewGuid().ToString("N");
        await server.Store.EnsureContainerAsync(new ContainerDefinition(name, "/pk"));
        return server.Store.GetContainer(name);
    }
}
