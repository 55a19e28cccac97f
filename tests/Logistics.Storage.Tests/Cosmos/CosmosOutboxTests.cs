using System.Text;
using System.Text.Json;
using Logistics.Storage.Azure.Cosmos;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Logistics.Storage.Tests.Documents.Contract;
using Microsoft.Azure.Cosmos;

namespace Logistics.Storage.Tests.Cosmos;

/// <summary>The transactional outbox on the local server: written by a one-operation batch, read, completed, hidden from queries.</summary>
[Collection(CosmosServerCollection.Name)]
public sealed class CosmosOutboxTests(CosmosServerFixture server)
{
    private readonly CosmosOutbox _outbox = new(server.Store);

    [Fact]
    public async Task A_message_sent_by_a_batch_is_read_as_pending_and_gone_once_completed()
    {
        var container = await NewContainerAsync();
        var notBefore = new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);
        await container.CreateAsync(new TestDocument("order-1", "p1"));

        var results = await container.CreateBatch("p1").Send(new OutgoingMessage("shipments", "{\"order\":\"order-1\"}", notBefore)).ExecuteAsync();
        var pending = await _outbox.ReadPendingAsync(container.Definition.Name, continuation: null, maxItems: 100);

        Assert.Empty(results);
        var message = Assert.Single(pending.Messages);
        Assert.Equal(new OutgoingMessage("shipments", "{\"order\":\"order-1\"}", notBefore), message.Message);
        Assert.Equal("p1", message.PartitionKey);
        Assert.StartsWith(CosmosOutboxDocument.IdPrefix, message.Id, StringComparison.Ordinal);

        await _outbox.CompleteAsync(container.Definition.Name, message);
        await _outbox.CompleteAsync(container.Definition.Name, message);

        Assert.Empty((await _outbox.ReadPendingAsync(container.Definition.Name, continuation: null, maxItems: 100)).Messages);
        Assert.NotNull(await container.ReadAsync<TestDocument>("order-1", "p1"));
    }

    [Fact]
    public async Task Reading_on_from_the_continuation_returns_only_newer_messages()
    {
        var container = await NewContainerAsync();
        await container.CreateBatch("p1").Send(new OutgoingMessage("q", "first")).ExecuteAsync();
        var first = await _outbox.ReadPendingAsync(container.Definition.Name, continuation: null, maxItems: 100);

        await container.CreateBatch("p2").Send(new OutgoingMessage("q", "second")).ExecuteAsync();
        var second = await _outbox.ReadPendingAsync(container.Definition.Name, first.Continuation, maxItems: 100);
        var third = await _outbox.ReadPendingAsync(container.Definition.Name, second.Continuation, maxItems: 100);

        Assert.Equal(["first"], first.Messages.Select(message => message.Message.Body));
        Assert.Equal(["second"], second.Messages.Select(message => message.Message.Body));
        Assert.Empty(third.Messages);
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
        var pending = await _outbox.ReadPendingAsync(container.Definition.Name, null, 100);

        Assert.Equal(["order-1"], inPartition.Items.Select(item => item.Id));
        Assert.Equal(["order-1"], everywhere.Items.Select(item => item.Id));
        Assert.Equal(["order-1"], changes.Changes.Select(change => change.Id));
        Assert.Equal(2, pending.Messages.Count);
        Assert.Contains(pending.Messages, message => message.Id == "outbox~raw" && message.Message.Body == "raw body");
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

    [Fact]
    public async Task Completing_something_that_is_not_an_outbox_message_is_refused()
    {
        var container = await NewContainerAsync();
        await container.CreateAsync(new TestDocument("order-1", "p1"));

        await Assert.ThrowsAsync<ArgumentException>(() => _outbox.CompleteAsync(
            container.Definition.Name, new CosmosOutboxMessage("order-1", "p1", "\"x\"", new OutgoingMessage("q", "m"))));

        Assert.NotNull(await container.ReadAsync<TestDocument>("order-1", "p1"));
    }

    private async Task<IDocumentContainer> NewContainerAsync()
    {
        var name = "outbox" + Guid.NewGuid().ToString("N");
        await server.Store.EnsureContainerAsync(new ContainerDefinition(name, "/pk"));
        return server.Store.GetContainer(name);
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
