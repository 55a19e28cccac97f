using Logistics.Storage.Messaging;
using Logistics.Storage.Sqlite;

namespace Logistics.Storage.Tests.Sqlite;

/// <summary>Queue semantics of the embedded queue, with locks, schedules and waits driven by the test clock.</summary>
public sealed class SqliteMessageQueueTests : IDisposable
{
    private static readonly TimeSpan Lock = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan SafetyNet = TimeSpan.FromSeconds(10);
    private readonly SqliteTestDatabase database = new();

    private IMessageQueue Queue => database.Storage.Queue;

    [Fact]
    public async Task Messages_are_received_oldest_first_and_completed_once()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await Queue.SendAsync([new("q", "1"), new("q", "2"), new("q", "3")]);

        var received = await Queue.ReceiveAsync("q", 2, Lock);

        Assert.Equal(["1", "2"], received.Select(message => message.Body));
        Assert.All(received, message => Assert.Equal(1, message.DeliveryCount));
        Assert.True(received[0].SequenceNumber < received[1].SequenceNumber);
        Assert.Equal(database.Clock.GetUtcNow() + Lock, received[0].LockedUntil);
        await Queue.CompleteAsync(received[0]);
        Assert.Equal(2, await Queue.CountActiveAsync("q"));
        await Assert.ThrowsAsync<MessageLockLostException>(() => Queue.CompleteAsync(received[0]));
    }

    [Fact]
    public async Task A_locked_message_is_hidden_until_its_lock_expires_then_redelivered_with_a_higher_count()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await Queue.SendAsync([new("q", "x")]);
        var first = Assert.Single(await Queue.ReceiveAsync("q", 10, Lock));

        database.Clock.Advance(Lock - TimeSpan.FromMilliseconds(1));
        Assert.Empty(await Queue.ReceiveAsync("q", 10, Lock));

        database.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var second = Assert.Single(await Queue.ReceiveAsync("q", 10, Lock));

        Assert.Equal(first.SequenceNumber, second.SequenceNumber);
        Assert.Equal(2, second.DeliveryCount);
        Assert.NotEqual(first.LockToken, second.LockToken);
    }

    [Fact]
    public async Task Completing_after_the_lock_expired_and_another_receiver_took_it_throws_lock_lost()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await Queue.SendAsync([new("q", "x")]);
        var stale = Assert.Single(await Queue.ReceiveAsync("q", 1, Lock));
        database.Clock.Advance(Lock);
        var current = Assert.Single(await Queue.ReceiveAsync("q", 1, Lock));

        await Assert.ThrowsAsync<MessageLockLostException>(() => Queue.CompleteAsync(stale));

        await Queue.CompleteAsync(current);
        Assert.Equal(0, await Queue.CountActiveAsync("q"));
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
    public async Task A_message_is_dead_lettered_when_its_deliveries_are_exhausted()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q", maxDeliveryCount: 3));
        await Queue.SendAsync([new("q", "poison")]);
        for (var delivery = 1; delivery <= 3; delivery++)
        {
            var message = Assert.Single(await Queue.ReceiveAsync("q", 1, Lock));
            Assert.Equal(delivery, message.DeliveryCount);
            await Queue.AbandonAsync(message);
        }

        Assert.Empty(await Queue.ReceiveAsync("q", 1, Lock));

        var dead = Assert.Single(await Queue.ListDeadLettersAsync("q"));
        Assert.Equal(SqliteMessageQueue.MaxDeliveryCountExceeded, dead.Reason);
        Assert.Equal("poison", dead.Body);
        Assert.Equal(3, dead.DeliveryCount);
        Assert.Equal(0, await Queue.CountActiveAsync("q"));
    }

    [Fact]
    public async Task Dead_letters_can_be_redriven_with_a_fresh_delivery_count()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await Queue.SendAsync([new("q", "a"), new("q", "b")]);
        foreach (var message in await Queue.ReceiveAsync("q", 2, Lock))
            await Queue.DeadLetterAsync(message, "bad input");
        var dead = await Queue.ListDeadLettersAsync("q");
        Assert.Equal(["bad input", "bad input"], dead.Select(letter => letter.Reason));

        var redriven = await Queue.RedriveDeadLettersAsync("q", [dead[1].SequenceNumber]);

        Assert.Equal(1, redriven);
        var again = Assert.Single(await Queue.ReceiveAsync("q", 10, Lock));
        Assert.Equal("b", again.Body);
        Assert.Equal(1, again.DeliveryCount);
        Assert.Equal(1, await Queue.RedriveDeadLettersAsync("q"));
        Assert.Empty(await Queue.ListDeadLettersAsync("q"));
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
    public async Task A_topic_fans_out_to_every_subscription()
    {
        await Queue.DeclareAsync(EntityDefinition.Topic("t", ["a", "b"]));
        await Queue.SendAsync([new("t", "event")]);

        var a = Assert.Single(await Queue.ReceiveAsync("t/subscriptions/a", 10, Lock));
        var b = Assert.Single(await Queue.ReceiveAsync("t/subscriptions/b", 10, Lock));

        Assert.Equal("event", a.Body);
        Assert.Equal("event", b.Body);
        Assert.NotEqual(a.SequenceNumber, b.SequenceNumber);
        await Queue.CompleteAsync(a);
        Assert.Equal(0, await Queue.CountActiveAsync("t/subscriptions/a"));
        Assert.Equal(1, await Queue.CountActiveAsync("t/subscriptions/b"));
    }

    [Fact]
    public async Task Sending_to_an_undeclared_entity_or_a_subscription_throws_a_clear_error()
    {
        await Queue.DeclareAsync(EntityDefinition.Topic("t", ["a"]));

        var undeclared = await Assert.ThrowsAsync<InvalidOperationException>(() => Queue.SendAsync([new("missing", "x")]));
        var subscription = await Assert.ThrowsAsync<InvalidOperationException>(() => Queue.SendAsync([new("t/subscriptions/a", "x")]));

        Assert.Contains("missing", undeclared.Message, StringComparison.Ordinal);
        Assert.Contains("topic", subscription.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Queue.ReceiveAsync("missing", 1, Lock));
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
    public async Task WaitForMessages_returns_at_once_when_a_message_is_due()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue("q"));
        await Queue.SendAsync([new("q", "x")]);

        var wait = Queue.WaitForMessagesAsync("q", TimeSpan.FromHours(1));

        Assert.True(wait.IsCompletedSuccessfully);
        await wait;
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
