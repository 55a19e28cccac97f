using Logistics.Storage.Messaging;
using Logistics.Storage.Sqlite;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>
/// The embedded queue's own semantics, to the millisecond of the test clock: lock and schedule boundaries, an abandon's
/// delay, the dead-letter time, declarations and waits. What every adapter shares is in <see cref="Messaging.MessageQueueContractTests"/>.
/// </summary>
public sealed class SqliteMessageQueueTests : IDisposable
{
    private static readonly TimeSpan Lock = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(10);
    private readonly SqliteTestDatabase database = new();

    private IMessageQueue Queue => database.Storage.Queue;

    [Fact]
    public async Task A_locked_message_is_hidden_until_its_lock_expires_then_redelivered_with_a_higher_count()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await Queue.SendAsync([new("q", "x")]);
        var first = Assert.Single(await Queue.ReceiveAsync("q", 10, Lock));
        Assert.Equal(database.Clock.GetUtcNow() + Lock, first.LockedUntil);

        database.Clock.Advance(Lock - TimeSpan.FromMilliseconds(1));
        Assert.Empty(await Queue.ReceiveAsync("q", 10, Lock));

        database.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var second = Assert.Single(await Queue.ReceiveAsync("q", 10, Lock));

        Assert.Equal(first.SequenceNumber, second.SequenceNumber);
        Assert.Equal(2, second.DeliveryCount);
        Assert.NotEqual(first.LockToken, second.LockToken);
    }

    [Fact]
    public async Task Completing_after_the_lock_expired_throws_lock_lost_even_before_redelivery()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await Queue.SendAsync([new("q", "x")]);
        var message = Assert.Single(await Queue.ReceiveAsync("q", 1, Lock));
        database.Clock.Advance(Lock);

        await Assert.ThrowsAsync<MessageLockLostException>(() => Queue.CompleteAsync(message));
    }

    [Fact]
    public async Task A_dead_letter_records_when_it_was_moved_aside_and_the_exact_broker_reason()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q", maxDeliveryCount: 1));
        await Queue.SendAsync([new("q", "poison"), new("q", "bad")]);
        var received = await Queue.ReceiveAsync("q", 2, Lock);
        await Queue.AbandonAsync(received[0]);
        database.Clock.Advance(TimeSpan.FromSeconds(1));
        await Queue.DeadLetterAsync(received[1], "bad input");
        var deadLetteredAt = database.Clock.GetUtcNow();

        Assert.Empty(await Queue.ReceiveAsync("q", 1, Lock));

        var dead = await Queue.ListDeadLettersAsync("q");
        Assert.Equal(
            [("bad", "bad input", deadLetteredAt), ("poison", SqliteMessageQueue.MaxDeliveryCountExceeded, deadLetteredAt)],
            dead.OrderBy(letter => letter.Body, StringComparer.Ordinal).Select(letter => (letter.Body, letter.Reason, letter.DeadLetteredAt!.Value)));
    }

    [Fact]
    public async Task Abandon_with_a_retry_delay_hides_the_message_until_then()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await Queue.SendAsync([new("q", "x")]);
        var message = Assert.Single(await Queue.ReceiveAsync("q", 1, Lock));

        await Queue.AbandonAsync(message, TimeSpan.FromMinutes(5));

        database.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Empty(await Queue.ReceiveAsync("q", 1, Lock));
        database.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, Assert.Single(await Queue.ReceiveAsync("q", 1, Lock)).DeliveryCount);
    }

    [Fact]
    public async Task A_scheduled_message_is_delivered_from_its_not_before_time()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        var due = database.Clock.GetUtcNow().AddMinutes(10);
        await Queue.SendAsync([new("q", "later", due), new("q", "now")]);

        var now = Assert.Single(await Queue.ReceiveAsync("q", 10, Lock));
        Assert.Equal("now", now.Body);
        await Queue.CompleteAsync(now);
        database.Clock.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromMilliseconds(1));
        Assert.Empty(await Queue.ReceiveAsync("q", 10, Lock));
        database.Clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(["later"], (await Queue.ReceiveAsync("q", 10, Lock)).Select(message => message.Body));
    }

    [Fact]
    public async Task Declarations_and_messages_survive_a_reopen()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await Queue.SendAsync([new("q", "kept")]);

        database.Reopen();

        Assert.Equal("kept", Assert.Single(await Queue.ReceiveAsync("q", 1, Lock)).Body);
    }

    [Fact]
    public async Task Declare_is_idempotent()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await Queue.SendAsync([new("q", "x")]);

        await Queue.DeclareAsync(EntityDefinition.Queue("q"));

        Assert.Equal(1, await Queue.CountActiveAsync("q"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Queue.DeclareAsync(EntityDefinition.Topic("q", ["s"])));
    }

    [Fact]
    public async Task WaitForMessages_wakes_on_a_send_even_when_waiting_without_limit()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        var wait = Queue.WaitForMessagesAsync("q", Timeout.InfiniteTimeSpan);
        Assert.False(wait.IsCompleted);

        await Queue.SendAsync([new("q", "x")]);

        await wait.WaitAsync(SafetyNet);
    }

    [Fact]
    public async Task WaitForMessages_wakes_when_the_clock_reaches_the_next_scheduled_message()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await Queue.SendAsync([new("q", "x", database.Clock.GetUtcNow().AddMinutes(5))]);
        var wait = Queue.WaitForMessagesAsync("q", TimeSpan.FromHours(1));
        Assert.False(wait.IsCompleted);

        database.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.False(wait.IsCompleted);
        database.Clock.Advance(TimeSpan.FromMinutes(1));

        await wait.WaitAsync(SafetyNet);
        Assert.Single(await Queue.ReceiveAsync("q", 10, Lock));
    }

    [Fact]
    public async Task WaitForMessages_gives_up_after_max_wait_and_honours_cancellation()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        var wait = Queue.WaitForMessagesAsync("q", TimeSpan.FromSeconds(30));
        database.Clock.Advance(TimeSpan.FromSeconds(30));
        await wait.WaitAsync(SafetyNet);

        using var cancellation = new CancellationTokenSource();
        var cancelled = Queue.WaitForMessagesAsync("q", TimeSpan.FromHours(1), cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled.WaitAsync(SafetyNet));
    }

    public void Dispose() => database.Dispose();
}
