using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Logistics.Storage.Tests.Documents.Contract;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary><see cref="IDocumentBatch.Send"/> is a transactional outbox: the message exists exactly when the batch commits.</summary>
public sealed class SqliteOutboxTests : IDisposable
{
    private static readonly TimeSpan Lock = TimeSpan.FromMinutes(1);
    private readonly SqliteTestDatabase database = new();

    [Fact]
    public async Task A_committed_batch_delivers_its_messages()
    {
        var (container, queue) = await SetUpAsync();

        await container.CreateBatch("p1")
            .Create(new TestDocument("a", "p1"))
            .Send(new OutgoingMessage("work", "hello"))
            .Send(new OutgoingMessage("events", "broadcast"))
            .ExecuteAsync();

        Assert.Equal(["hello"], (await queue.ReceiveAsync("work", 10, Lock)).Select(message => message.Body));
        Assert.Single(await queue.ReceiveAsync(EntityDefinition.SubscriptionPath("events", "billing"), 10, Lock));
        Assert.Single(await queue.ReceiveAsync(EntityDefinition.SubscriptionPath("events", "reports"), 10, Lock));
    }

    [Fact]
    public async Task A_failed_batch_sends_nothing()
    {
        var (container, queue) = await SetUpAsync();
        await container.CreateAsync(new TestDocument("taken", "p1"));

        var failure = await Assert.ThrowsAsync<DocumentBatchException>(() => container.CreateBatch("p1")
            .Send(new OutgoingMessage("work", "must not leak"))
            .Create(new TestDocument("a", "p1"))
            .Create(new TestDocument("taken", "p1"))
            .ExecuteAsync());

        Assert.Equal(2, failure.FailedOperationIndex);
        Assert.Equal(0, await queue.CountActiveAsync("work"));
        Assert.Empty(await queue.ReceiveAsync("work", 10, Lock));
    }

    [Fact]
    public async Task A_message_to_an_undeclared_destination_is_refused_when_added()
    {
        var (container, _) = await SetUpAsync();

        var error = Assert.Throws<InvalidOperationException>(() => container.CreateBatch("p1").Send(new OutgoingMessage("nowhere", "x")));

        Assert.Contains("nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_committed_batch_wakes_a_waiting_receiver()
    {
        var (container, queue) = await SetUpAsync();
        var waiting = queue.WaitForMessagesAsync("work", TimeSpan.FromHours(1));
        Assert.False(waiting.IsCompleted);

        await container.CreateBatch("p1").Create(new TestDocument("a", "p1")).Send(new OutgoingMessage("work", "wake")).ExecuteAsync();

        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Dispose() => database.Dispose();

    private async Task<(IDocumentContainer Container, IMessageQueue Queue)> SetUpAsync()
    {
        var queue = database.Storage.Queue;
        await queue.DeclareAsync(EntityDefinition.Queue("work"));
        await queue.DeclareAsync(EntityDefinition.Topic("events", ["billing", "reports"]));
        await database.Storage.Documents.EnsureContainerAsync(new ContainerDefinition("outbox", "/pk"));
        return (database.Storage.Documents.GetContainer("outbox"), queue);
    }
}
