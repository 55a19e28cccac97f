using Logistics.Storage.Messaging;

namespace Logistics.Storage.Tests.Messaging;

/// <summary>
/// What every <see cref="IMessageQueue"/> adapter must do alike: peek-lock delivery, settling, topic fan-out, delivery
/// counts, dead-lettering and re-driving, scheduled delivery and lock expiry. Subclass it and supply the queue, fresh
/// entities and the passing of time; semantics that differ between adapters (an abandon's delay, the dead-letter
/// time, duplicate detection) are tested per adapter.
/// </summary>
public abstract class MessageQueueContractTests
{
    /// <summary>The lock the tests ask for; an adapter whose entities set their own lock (Service Bus) ignores it.</summary>
    protected static readonly TimeSpan Lock = TimeSpan.FromSeconds(30);

    /// <summary>How long a poll for an expected message may take before the test fails.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>The adapter under test.</summary>
    protected abstract IMessageQueue Queue { get; }

    /// <summary>The clock the adapter's schedules follow.</summary>
    protected abstract DateTimeOffset UtcNow { get; }

    /// <summary>How far ahead a scheduled message is due: well beyond one receive's wait.</summary>
    protected abstract TimeSpan ScheduleAhead { get; }

    /// <summary>A queue no other test uses.</summary>
    protected abstract Task<string> NewQueueAsync(int maxDeliveryCount = 10);

    /// <summary>A queue whose locks <see cref="LetLocksExpireAsync"/> lets expire.</summary>
    protected abstract Task<string> NewShortLockQueueAsync();

    /// <summary>A topic with subscriptions <c>a</c> and <c>b</c> that no other test uses.</summary>
    protected abstract Task<string> NewTopicAsync();

    /// <summary>
    /// Lets <paramref name="delay"/> pass: a test clock is moved on; a broker's own clock runs by itself, and
    /// <see cref="ReceiveEventuallyAsync"/> waits for it.
    /// </summary>
    protected abstract Task LetTimePassAsync(TimeSpan delay);

    /// <summary>Lets the locks taken on a <see cref="NewShortLockQueueAsync"/> queue expire (the same: clock or patience).</summary>
    protected abstract Task LetLocksExpireAsync();

    [Fact]
    public async Task Messages_are_received_oldest_first_and_completed_once()
    {
        var queue = await NewQueueAsync();
        await Queue.SendAsync([new(queue, "1"), new(queue, "2"), new(queue, "3")]);

        var received = await ReceiveEventuallyAsync(queue, 2);

        Assert.Equal(["1", "2"], received.Select(message => message.Body));
        Assert.All(received, message => Assert.Equal((queue, 1), (message.Entity, message.DeliveryCount)));
        Assert.True(received[0].SequenceNumber < received[1].SequenceNumber);
        Assert.True(received[0].LockedUntil > UtcNow);
        await Queue.CompleteAsync(received[0]);
        Assert.Equal(2, await Queue.CountActiveAsync(queue));
        await Assert.ThrowsAsync<MessageLockLostException>(() => Queue.CompleteAsync(received[0]));
    }

    [Fact]
    public async Task A_topic_fans_out_to_every_subscription()
    {
        var topic = await NewTopicAsync();
        await Queue.SendAsync([new(topic, "event")]);

        var a = Assert.Single(await ReceiveEventuallyAsync(Subscription(topic, "a")));
        var b = Assert.Single(await ReceiveEventuallyAsync(Subscription(topic, "b")));

        Assert.Equal(("event", "event"), (a.Body, b.Body));
        await Queue.CompleteAsync(a);
        Assert.Equal(0, await Queue.CountActiveAsync(Subscription(topic, "a")));
        Assert.Equal(1, await Queue.CountActiveAsync(Subscription(topic, "b")));
    }

    [Fact]
    public async Task An_abandoned_message_is_delivered_again_with_a_higher_delivery_count()
    {
        var queue = await NewQueueAsync();
        await Queue.SendAsync([new(queue, "x")]);
        var first = Assert.Single(await ReceiveEventuallyAsync(queue));

        await Queue.AbandonAsync(first);

        var second = Assert.Single(await ReceiveEventuallyAsync(queue));
        Assert.Equal((first.SequenceNumber, "x", 2), (second.SequenceNumber, second.Body, second.DeliveryCount));
        Assert.NotEqual(first.LockToken, second.LockToken);
        await Assert.ThrowsAsync<MessageLockLostException>(() => Queue.CompleteAsync(first));
        await Queue.CompleteAsync(second);
    }

    [Fact]
    public async Task A_dead_lettered_message_is_listed_with_its_whole_reason()
    {
        var queue = await NewQueueAsync();
        await Queue.SendAsync([new(queue, "poison")]);
        var message = Assert.Single(await ReceiveEventuallyAsync(queue));
        const string Reason = "Unknown item SKU-9 on line 3.\nThe owner must declare the item before its goods are received.";

        await Queue.DeadLetterAsync(message, Reason);

        var dead = Assert.Single(await Queue.ListDeadLettersAsync(queue));
        Assert.Equal((queue, "poison", 1, Reason), (dead.Entity, dead.Body, dead.DeliveryCount, dead.Reason));
        Assert.Equal(message.EnqueuedAt, dead.EnqueuedAt);
        Assert.Equal(0, await Queue.CountActiveAsync(queue));
        Assert.Empty(await Queue.ReceiveAsync(queue, 10, Lock));
        await Assert.ThrowsAsync<MessageLockLostException>(() => Queue.CompleteAsync(message));
    }

    [Fact]
    public async Task A_message_is_dead_lettered_when_its_deliveries_are_exhausted()
    {
        var queue = await NewQueueAsync(maxDeliveryCount: 3);
        await Queue.SendAsync([new(queue, "poison")]);
        for (var delivery = 1; delivery <= 3; delivery++)
        {
            var message = Assert.Single(await ReceiveEventuallyAsync(queue));
            Assert.Equal(delivery, message.DeliveryCount);
            await Queue.AbandonAsync(message);
        }

        Assert.Empty(await Queue.ReceiveAsync(queue, 1, Lock));

        var dead = Assert.Single(await Queue.ListDeadLettersAsync(queue));
        Assert.StartsWith("MaxDeliveryCountExceeded", dead.Reason, StringComparison.Ordinal);
        Assert.Equal(("poison", 3), (dead.Body, dead.DeliveryCount));
        Assert.Equal(0, await Queue.CountActiveAsync(queue));
    }

    [Fact]
    public async Task Chosen_dead_letters_are_redriven_with_a_fresh_delivery_count()
    {
        var queue = await NewQueueAsync();
        await Queue.SendAsync([new(queue, "a"), new(queue, "b")]);
        foreach (var message in await ReceiveEventuallyAsync(queue, 2))
            await Queue.DeadLetterAsync(message, "bad input");
        var dead = await Queue.ListDeadLettersAsync(queue);
        Assert.Equal([("a", "bad input"), ("b", "bad input")], dead.Select(letter => (letter.Body, letter.Reason)));

        var redriven = await Queue.RedriveDeadLettersAsync(queue, [dead[1].SequenceNumber]);

        Assert.Equal(1, redriven);
        var again = Assert.Single(await ReceiveEventuallyAsync(queue));
        Assert.Equal(("b", 1), (again.Body, again.DeliveryCount));
        Assert.Equal(["a"], (await Queue.ListDeadLettersAsync(queue)).Select(letter => letter.Body));
        Assert.Equal(1, await Queue.RedriveDeadLettersAsync(queue));
        Assert.Empty(await Queue.ListDeadLettersAsync(queue));
        Assert.Equal(2, await Queue.CountActiveAsync(queue));
    }

    [Fact]
    public async Task A_subscriptions_dead_letters_are_redriven_to_that_subscription_only()
    {
        var topic = await NewTopicAsync();
        await Queue.SendAsync([new(topic, "event")]);
        var a = Assert.Single(await ReceiveEventuallyAsync(Subscription(topic, "a")));
        var b = Assert.Single(await ReceiveEventuallyAsync(Subscription(topic, "b")));
        await Queue.DeadLetterAsync(a, "billing failed");
        await Queue.CompleteAsync(b);

        Assert.Equal(1, await Queue.RedriveDeadLettersAsync(Subscription(topic, "a")));

        var again = Assert.Single(await ReceiveEventuallyAsync(Subscription(topic, "a")));
        Assert.Equal(("event", 1), (again.Body, again.DeliveryCount));
        Assert.Empty(await Queue.ReceiveAsync(Subscription(topic, "b"), 10, Lock));
        Assert.Equal(0, await Queue.CountActiveAsync(Subscription(topic, "b")));
        Assert.Empty(await Queue.ListDeadLettersAsync(Subscription(topic, "a")));
    }

    [Fact]
    public async Task A_scheduled_message_is_not_delivered_before_its_time()
    {
        var queue = await NewQueueAsync();
        var due = UtcNow + ScheduleAhead;
        await Queue.SendAsync([new(queue, "later", due), new(queue, "now")]);

        var now = Assert.Single(await ReceiveEventuallyAsync(queue));
        Assert.Equal("now", now.Body);
        await Queue.CompleteAsync(now);
        Assert.Empty(await Queue.ReceiveAsync(queue, 10, Lock));
        await LetTimePassAsync(ScheduleAhead);

        var later = Assert.Single(await ReceiveEventuallyAsync(queue));
        Assert.Equal("later", later.Body);
        // Brokers keep times in milliseconds: allow the rounding, nothing more.
        Assert.True(UtcNow >= due - TimeSpan.FromMilliseconds(1), $"Delivered at {UtcNow:O}, due at {due:O}.");
    }

    [Fact]
    public async Task A_message_whose_lock_expired_is_delivered_again_and_the_old_lock_is_lost()
    {
        var queue = await NewShortLockQueueAsync();
        await Queue.SendAsync([new(queue, "x")]);
        var stale = Assert.Single(await ReceiveEventuallyAsync(queue));

        await LetLocksExpireAsync();

        var current = Assert.Single(await ReceiveEventuallyAsync(queue));
        Assert.Equal((stale.SequenceNumber, 2), (current.SequenceNumber, current.DeliveryCount));
        Assert.NotEqual(stale.LockToken, current.LockToken);
        await Assert.ThrowsAsync<MessageLockLostException>(() => Queue.CompleteAsync(stale));
        await Queue.CompleteAsync(current);
        Assert.Equal(0, await Queue.CountActiveAsync(queue));
    }

    [Fact]
    public async Task Completing_many_reports_the_lost_locks_and_completes_the_rest()
    {
        var shortLock = await NewShortLockQueueAsync();
        var other = await NewQueueAsync();
        await Queue.SendAsync([new(shortLock, "x")]);
        var stale = Assert.Single(await ReceiveEventuallyAsync(shortLock));
        await LetLocksExpireAsync();
        var current = Assert.Single(await ReceiveEventuallyAsync(shortLock));
        await Queue.SendAsync([new(other, "y")]);
        var held = Assert.Single(await ReceiveEventuallyAsync(other));

        var lost = await Queue.CompleteAsync([stale, held]);

        Assert.Equal([stale], lost);
        Assert.Equal(0, await Queue.CountActiveAsync(other));
        Assert.Empty(await Queue.CompleteAsync([current]));
        Assert.Equal(0, await Queue.CountActiveAsync(shortLock));
    }

    [Fact]
    public async Task Completing_an_empty_list_does_nothing_and_null_is_refused()
    {
        var queue = await NewQueueAsync();
        await Queue.SendAsync([new(queue, "a")]);
        var message = Assert.Single(await ReceiveEventuallyAsync(queue));

        Assert.Empty(await Queue.CompleteAsync(Array.Empty<ReceivedMessage>()));

        Assert.Equal(1, await Queue.CountActiveAsync(queue));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Queue.CompleteAsync((IReadOnlyList<ReceivedMessage>)null!));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Queue.CompleteAsync(new ReceivedMessage[] { null! }));
        await Queue.CompleteAsync(message);
    }

    [Fact]
    public async Task The_active_count_includes_locked_and_scheduled_messages()
    {
        var queue = await NewQueueAsync();
        await Queue.SendAsync([new(queue, "a"), new(queue, "b"), new(queue, "later", UtcNow.AddDays(1))]);

        Assert.Single(await ReceiveEventuallyAsync(queue));

        Assert.Equal(3, await Queue.CountActiveAsync(queue));
    }

    [Fact]
    public async Task Unknown_entities_and_sends_to_a_subscription_fail_with_a_clear_error()
    {
        var topic = await NewTopicAsync();
        const string Unknown = "undeclared-entity";

        var send = await Assert.ThrowsAsync<InvalidOperationException>(() => Queue.SendAsync([new(Unknown, "x")]));
        var toSubscription = await Assert.ThrowsAsync<InvalidOperationException>(() => Queue.SendAsync([new(Subscription(topic, "a"), "x")]));
        var receive = await Assert.ThrowsAsync<InvalidOperationException>(() => Queue.ReceiveAsync(Unknown, 1, Lock));

        Assert.Contains(Unknown, send.Message, StringComparison.Ordinal);
        Assert.Contains("topic", toSubscription.Message, StringComparison.Ordinal);
        Assert.Contains(Unknown, receive.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_returns_at_once_when_a_message_is_due_and_honours_cancellation()
    {
        var queue = await NewQueueAsync();
        var empty = await NewQueueAsync();
        await Queue.SendAsync([new(queue, "x")]);

        var wait = Queue.WaitForMessagesAsync(queue, TimeSpan.FromHours(1));

        Assert.True(wait.IsCompletedSuccessfully);
        await wait;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Queue.WaitForMessagesAsync(empty, TimeSpan.FromHours(1), cancelled.Token));
    }

    /// <summary>The path of a topic's subscription.</summary>
    protected static string Subscription(string topic, string name) => EntityDefinition.SubscriptionPath(topic, name);

    /// <summary>
    /// Receives until <paramref name="count"/> messages came, in order: a broker may hand a batch out over several
    /// receives, and its clock (lock expiry, schedules) runs by itself. Fails after <see cref="Patience"/>.
    /// </summary>
    protected async Task<List<ReceivedMessage>> ReceiveEventuallyAsync(string entityPath, int count = 1)
    {
        var received = new List<ReceivedMessage>();
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (received.Count < count)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"Only {received.Count} of {count} messages arrived on '{entityPath}' within {Patience}.");
            var batch = await Queue.ReceiveAsync(entityPath, count - received.Count, Lock);
            received.AddRange(batch);
            if (batch.Count == 0)
                await Task.Delay(TimeSpan.FromMilliseconds(10));
        }

        return received;
    }
}
