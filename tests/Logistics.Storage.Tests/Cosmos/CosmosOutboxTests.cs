using System.Text;
using System.Text.Json;
using Logistics.Storage.Azure.Cosmos;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Logistics.Storage.Tests.Documents.Contract;
using Microsoft.Azure.Cosmos;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>
/// The transactional outbox on the local server: written by a one-operation batch with a ttl (nothing deletes it;
/// <see cref="CosmosOutboxRelay"/> sends it on), hidden from queries and from the change sequence.
/// </summary>
[Collection(CosmosServerCollection.Name)]
public sealed class CosmosOutboxTests(CosmosServerFixture server)
{
    [Fact]
    public async Task A_message_sent_by_a_batch_is_stored_in_its_partition_with_a_ttl()
    {
        var container = await NewContainerAsync();
        var notBefore = new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);
        await container.CreateAsync(new TestDocument("order-1", "p1"));

        var results = await container.CreateBatch("p1").Send(new OutgoingMessage("shipments", "{\"order\":\"order-1\"}", notBefore)).ExecuteAsync();
        var stored = await ReadOutboxDocumentsAsync(container.Definition.Name, "p1");

        Assert.Empty(results);
        var document = Assert.Single(stored);
        Assert.StartsWith(CosmosOutboxDocument.IdPrefix, document.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal(CosmosOutboxDocument.TimeToLiveSeconds, document.GetProperty("ttl").GetInt32());
        Assert.Equal(7 * 24 * 60 * 60, CosmosOutboxDocument.TimeToLiveSeconds);
        Assert.Equal(new OutgoingMessage("shipments", "{\"order\":\"order-1\"}", notBefore), CosmosOutboxDocument.ReadMessage(document));
        Assert.NotNull(await container.ReadAsync<TestDocument>("order-1", "p1"));
    }

    [Fact]
    public async Task A_message_id_is_stored_only_when_set_and_read_back()
    {
        var container = await NewContainerAsync();

        await container.CreateBatch("p1").Send(new OutgoingMessage("shipments", "with id", MessageId: "event-1")).ExecuteAsync();
        await container.CreateBatch("p1").Send(new OutgoingMessage("shipments", "without id")).ExecuteAsync();
        var stored = (await ReadOutboxDocumentsAsync(container.Definition.Name, "p1")).ToDictionary(document => document.GetProperty("body").GetString()!);

        Assert.Equal("event-1", stored["with id"].GetProperty("messageId").GetString());
        Assert.False(stored["without id"].TryGetProperty("messageId", out _));
        Assert.Equal(new OutgoingMessage("shipments", "with id", MessageId: "event-1"), CosmosOutboxDocument.ReadMessage(stored["with id"]));
        Assert.Equal(new OutgoingMessage("shipments", "without id"), CosmosOutboxDocument.ReadMessage(stored["without id"]));
    }

    [Fact]
    public void A_message_keeps_its_id_and_due_time_through_the_document_shape()
    {
        var notBefore = new DateTimeOffset(2026, 11, 22, 7, 0, 0, TimeSpan.FromHours(1));
        var message = new OutgoingMessage("shipments", "{}", notBefore, "event-2");

        var json = CosmosOutboxDocument.Create(new ContainerDefinition("c", "/pk"), "p1", message, Guid.NewGuid());
        using var document = JsonDocument.Parse(json);

        Assert.True(CosmosOutboxDocument.IsOutbox(document.RootElement));
        Assert.Equal(message, CosmosOutboxDocument.ReadMessage(document.RootElement));
    }

    [Fact]
    public async Task Queries_and_the_change_sequence_never_return_outbox_documents()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new TestDocument("order-1", "p1", "open"));
        await InsertOutboxShapedDocumentAsync(container.Definition.Name, "outbox~raw", "p1");
        await container.CreateBatch("p1").Send(new OutgoingMessage("q", "via batch")).ExecuteAsync();

        var inPartition = await container.QueryAsync<JsonElement>(new DocumentQuery("p1"));
        var everywhere = await container.QueryAsync<JsonElement>(new DocumentQuery(null));
        var changes = await container.ReadChangesAsync(null, 100);
        var outbox = await ReadOutboxDocumentsAsync(container.Definition.Name, "p1");

        Assert.Equal(["order-1"], inPartition.Items.Select(item => item.Id));
        Assert.Equal(["order-1"], everywhere.Items.Select(item => item.Id));
        Assert.Equal(["order-1"], changes.Changes.Select(change => change.Id));
        Assert.Equal(["raw body", "via batch"], outbox.Select(document => CosmosOutboxDocument.ReadMessage(document).Body).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_one_operation_batch_that_fails_names_index_zero()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new TestDocument("a", "p1"));

        var failure = await Assert.ThrowsAsync<DocumentBatchException>(() => container.CreateBatch("p1").Create(new TestDocument("a", "p1")).ExecuteAsync());

        Assert.Equal(0, failure.FailedOperationIndex);
        Assert.IsType<DocumentConflictException>(failure.Failure);
    }

    [Fact]
    public async Task A_one_operation_batch_returns_the_etag_it_wrote()
    {
        var container = await NewContainerAsync();

        var results = await container.CreateBatch("p1").Upsert(new TestDocument("a", "p1")).ExecuteAsync();

        var result = Assert.Single(results);
        Assert.Equal("a", result.Id);
        Assert.Equal((await container.ReadAsync<TestDocument>("a", "p1"))!.ETag, result.ETag);
    }

    private async Task<IDocumentContainer> NewContainerAsync()
    {
        var name = "outbox" + Guid.NewGuid().ToString("N");
        await server.Store.EnsureContainerAsync(new ContainerDefinition(name, "/pk"));
        return server.Store.GetContainer(name);
    }

    // Read from the container's change feed, as the outbox relay sees them: every other read the adapter offers hides
    // outbox documents.
    private async Task<IReadOnlyList<JsonElement>> ReadOutboxDocumentsAsync(string containerName, string partitionKey)
    {
        var (documents, _) = await server.Store.GetCosmosContainer(containerName).ReadFeedAsync(continuation: null, maxItems: 100, CancellationToken.None);
        return [.. documents.Where(document => CosmosOutboxDocument.IsOutbox(document) && document.GetProperty("pk").GetString() == partitionKey)];
    }

    // Written straight through the SDK, bypassing the adapter, to prove the query filter works on stored data.
    private async Task InsertOutboxShapedDocumentAsync(string containerName, string id, string partitionKey)
    {
        var json = $"{{\"id\":\"{id}\",\"pk\":\"{partitionKey}\",\"_outbox\":true,\"destination\":\"q\",\"body\":\"raw body\",\"status\":\"open\"}}";
        using var response = await server.Client.GetContainer(server.Options.DatabaseName, containerName)
            .CreateItemStreamAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), new PartitionKey(partitionKey));
        Assert.True(response.IsSuccessStatusCode, response.ErrorMessage);
    }
}
