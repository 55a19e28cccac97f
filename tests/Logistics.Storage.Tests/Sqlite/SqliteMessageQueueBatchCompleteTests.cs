using Logistics.Storage.Messaging;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>Completing many messages in one call: held locks are settled, lost ones are reported instead of thrown.</summary>
public sealed class SqliteMessageQueueBatchCompleteTests : IDisposable
{
    private static readonly TimeSpan Lock = TimeSpan.FromSeconds(30);
    private readonly SqliteTestDatabase database = new();

    private IMessageQueue Queue => database.Storage.Queue;

    [Fact]
    public async Task Batch_complete_removes_every_held_message_and_leaves_the_others_alone()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await Queue.SendAsync([new("q", "a"), new("q", "b"), new("q", "c"), new("q", "d")]);
        var received = await Queue.ReceiveAsync("q", 3, Lock);

        var lost = await Queue.CompleteAsync([received[0], received[2]]);

        Assert.Empty(lost);
        Assert.Equal(2, await Queue.CountActiveAsync("q"));
        // "b" is still locked by its receiver and "d" was never received: only "d" is receivable.
        Assert.Equal("d", Assert.Single(await Queue.ReceiveAsync("q", 10, Lock)).Body);
        await Queue.CompleteAsync(received[1]);
        await Assert.ThrowsAsync<MessageLockLostException>(() => Queue.CompleteAsync(received[0]));
    }

    [Fact]
    public async Task Batch_complete_returns_the_messages_whose_lock_was_lost_and_completes_the_rest()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await Queue.DeclareAsync(EntityDefinition.Queue("r"));
        await Queue.SendAsync([new("q", "x"), new("q", "w")]);
        var stale = await Queue.ReceiveAsync("q", 2, Lock);
        database.Clock.Advance(Lock);
        // "x" is taken again by another receiver; "w" merely expired.
        var current = Assert.Single(await Queue.ReceiveAsync("q", 1, Lock));
        await Queue.SendAsync([new("r", "y")]);
        var held = Assert.Single(await Queue.ReceiveAsync("r", 1, Lock));

        var lost = await Queue.CompleteAsync([stale[0], held, stale[1]]);

        Assert.Equal([stale[0], stale[1]], lost);
        Assert.Equal(0, await Queue.CountActiveAsync("r"));
        Assert.Equal(2, await Queue.CountActiveAsync("q"));
        var again = Assert.Single(await Queue.ReceiveAsync("q", 10, Lock));
        Assert.Equal(("w", 2), (again.Body, again.DeliveryCount));
        Assert.Empty(await Queue.CompleteAsync([current, again]));
        Assert.Equal(0, await Queue.CountActiveAsync("q"));
    }

    public void Dispose() => database.Dispose();
}
