using Azure.Messaging.ServiceBus;
using Logistics.Storage.Azure.ServiceBus;
using Logistics.Storage.Messaging;

namespace Logistics.Storage.Tests.ServiceBus;

/// <summary>
/// What the Service Bus adapter does its own way, on the AMQP test broker through the real SDK: duplicate detection,
/// message ids, an abandon's delay, the two dead-letter fields, the re-drive's copies and the lack of declarations.
/// </summary>
[Collection(ServiceBusBrokerCollection.Name)]
public sealed class ServiceBusMessageQueueTests(ServiceBusBrokerFixture broker)
{
    private static readonly TimeSpan Lock = TimeSpan.FromSeconds(30);

    private ServiceBusMessageQueue Queue => broker.Queue;

    [Fact]
    public async Task A_resent_message_id_is_dropped_by_duplicate_detection()
    {
        var queue = ServiceBusBrokerFixture.NewName(ServiceBusBrokerFixture.QueuePrefix);

        await Queue.SendAsync([new(queue, "first", MessageId: "event-1"), new(queue, "other", MessageId: "event-2")]);
        await Queue.SendAsync([new(queue, "resent", MessageId: "event-1")]);

        Assert.Equal(2, await Queue.CountActiveAsync(queue));
        Assert.Equal(["event-1", "event-2"], (await PeekAsync(queue)).Select(message => message.MessageId));
    }

    [Fact]
    public async Task A_message_id_over_128_characters_is_hashed_and_still_deduplicated()
    {
        var queue = ServiceBusBrokerFixture.NewName(ServiceBusBrokerFixture.QueuePrefix);
        var longId = new string('x', 200);
        var sameStart = longId[..199] + "y";

        await Queue.SendAsync([new(queue, "first", MessageId: longId)]);
        await Queue.SendAsync([new(queue, "resent", MessageId: longId), new(queue, "different", MessageId: sameStart)]);

        var stored = await PeekAsync(queue);
        Assert.Equal(["first", "different"], stored.Select(message => message.Body.ToString()));
        Assert.All(stored, message => Assert.Matches("^sha256:[0-9a-f]{64}$", message.MessageId));
        Assert.Equal(ServiceBusMessageIds.ToServiceBus(longId), stored[0].MessageId);
    }

    [Fact]
    public async Task Messages_are_sent_as_json_with_their_schedule()
    {
        var queue = ServiceBusBrokerFixture.NewName(ServiceBusBrokerFixture.QueuePrefix);
        var due = DateTimeOffset.UtcNow.AddHours(1);

        await Queue.SendAsync([new(queue, """{"n":1}""", due, "event-1")]);

        var stored = Assert.Single(await PeekAsync(queue));
        Assert.Equal(("application/json", """{"n":1}"""), (stored.ContentType, stored.Body.ToString()));
        Assert.Equal(due.ToUnixTimeMilliseconds(), stored.ScheduledEnqueueTime.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Abandoning_with_a_delay_leaves_the_lock_to_expire_so_the_lock_duration_is_the_back_off()
    {
        var queue = ServiceBusBrokerFixture.NewName(ServiceBusBrokerFixture.SlowLockPrefix);
        await Queue.SendAsync([new(queue, "x")]);
        var first = Assert.Single(await Queue.ReceiveAsync(queue, 1, Lock));

        await Queue.AbandonAsync(first, TimeSpan.FromHours(1));

        Assert.Empty(await Queue.ReceiveAsync(queue, 1, Lock));
        await Assert.ThrowsAsync<MessageLockLostException>(() => Queue.CompleteAsync(first));
        var second = await ReceiveEventuallyAsync(queue);
        Assert.Equal((first.SequenceNumber, 2), (second.SequenceNumber, second.DeliveryCount));
        Assert.True(DateTimeOffset.UtcNow >= first.LockedUntil, "The message came back before its lock expired.");
        await Queue.CompleteAsync(second);
    }

    [Fact]
    public async Task A_dead_letter_has_no_time_and_its_reason_is_split_into_a_label_and_the_whole_text()
    {
        var queue = ServiceBusBrokerFixture.NewName(ServiceBusBrokerFixture.QueuePrefix);
        await Queue.SendAsync([new(queue, "poison")]);
        var message = await ReceiveEventuallyAsync(queue);
        var reason = "Item SKU-9 is unknown.\n" + new string('d', 5000);

        await Queue.DeadLetterAsync(message, reason);

        var listed = Assert.Single(await Queue.ListDeadLettersAsync(queue));
        Assert.Null(listed.DeadLetteredAt);
        Assert.Equal(reason[..ServiceBusDeadLetterReason.MaxDescriptionLength], listed.Reason);
        var stored = Assert.Single(await PeekAsync(queue, SubQueue.DeadLetter));
        Assert.Equal("Item SKU-9 is unknown.", stored.DeadLetterReason);
        Assert.Equal(reason[..ServiceBusDeadLetterReason.MaxDescriptionLength], stored.DeadLetterErrorDescription);
    }

    [Fact]
    public async Task The_brokers_own_dead_letter_reads_back_as_its_reason_and_description()
    {
        var queue = ServiceBusBrokerFixture.NewName(ServiceBusBrokerFixture.ThreeDeliveriesPrefix);
        await Queue.SendAsync([new(queue, "poison")]);
        for (var delivery = 0; delivery < 3; delivery++)
            await Queue.AbandonAsync(await ReceiveEventuallyAsync(queue));

        var dead = Assert.Single(await Queue.ListDeadLettersAsync(queue));

        Assert.Equal("MaxDeliveryCountExceeded: Message could not be consumed after 3 delivery attempts.", dead.Reason);
    }

    [Fact]
    public async Task A_redriven_copy_has_a_fresh_id_is_addressed_to_its_subscription_and_drops_the_dead_letter_fields()
    {
        var topic = ServiceBusBrokerFixture.NewName(ServiceBusBrokerFixture.TopicPrefix);
        var billing = EntityDefinition.SubscriptionPath(topic, "a");
        await Queue.SendAsync([new(topic, "event", MessageId: "event-1")]);
        await Queue.DeadLetterAsync(await ReceiveEventuallyAsync(billing), "billing failed");

        Assert.Equal(1, await Queue.RedriveDeadLettersAsync(billing));

        var copy = Assert.Single(await PeekAsync(billing));
        Assert.StartsWith("event-1/redrive/", copy.MessageId, StringComparison.Ordinal);
        Assert.Equal("a", copy.ApplicationProperties[ServiceBusMessageQueue.RedriveToProperty]);
        Assert.DoesNotContain("DeadLetterReason", copy.ApplicationProperties.Keys);
        Assert.DoesNotContain("DeadLetterErrorDescription", copy.ApplicationProperties.Keys);
        // The other subscription keeps its own copy of the event, gets an ordinary message, but never the re-driven copy.
        await Queue.SendAsync([new(topic, "next")]);
        Assert.Equal(["event", "next"], (await PeekAsync(EntityDefinition.SubscriptionPath(topic, "b"))).Select(message => message.Body.ToString()));
    }

    [Fact]
    public async Task Redriving_other_sequence_numbers_leaves_the_dead_letters_where_they_are()
    {
        var queue = ServiceBusBrokerFixture.NewName(ServiceBusBrokerFixture.QueuePrefix);
        await Queue.SendAsync([new(queue, "a")]);
        await Queue.DeadLetterAsync(await ReceiveEventuallyAsync(queue), "bad input");
        var dead = Assert.Single(await Queue.ListDeadLettersAsync(queue));

        Assert.Equal(0, await Queue.RedriveDeadLettersAsync(queue, [dead.SequenceNumber + 1]));
        Assert.Equal(0, await Queue.RedriveDeadLettersAsync(queue, []));

        Assert.Equal(["a"], (await Queue.ListDeadLettersAsync(queue)).Select(letter => letter.Body));
        Assert.Equal(1, await Queue.RedriveDeadLettersAsync(queue, [dead.SequenceNumber]));
        Assert.Equal("a", (await ReceiveEventuallyAsync(queue)).Body);
    }

    [Fact]
    public async Task Declaring_creates_nothing_the_deployment_owns_the_entities()
    {
        await Queue.DeclareAsync(EntityDefinition.Queue(ServiceBusBrokerFixture.Undeclared));

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Queue.SendAsync([new(ServiceBusBrokerFixture.Undeclared, "x")]));

        Assert.Contains("servicebus.bicep", failure.Message, StringComparison.Ordinal);
        Assert.IsType<ServiceBusException>(failure.InnerException);
    }

    [Fact]
    public async Task A_message_is_settled_only_by_the_queue_that_received_it()
    {
        var queue = ServiceBusBrokerFixture.NewName(ServiceBusBrokerFixture.QueuePrefix);
        await Queue.SendAsync([new(queue, "x")]);
        await using var other = new ServiceBusMessageQueue(broker.Options());
        var message = Assert.Single(await other.ReceiveAsync(queue, 1, Lock));

        await Assert.ThrowsAsync<MessageLockLostException>(() => Queue.CompleteAsync(message));

        await other.CompleteAsync(message);
        Assert.Equal(0, await Queue.CountActiveAsync(queue));
    }

    [Fact]
    public async Task Waiting_returns_at_once_even_when_nothing_is_there()
    {
        var queue = ServiceBusBrokerFixture.NewName(ServiceBusBrokerFixture.QueuePrefix);

        var wait = Queue.WaitForMessagesAsync(queue, TimeSpan.FromHours(1));

        Assert.True(wait.IsCompletedSuccessfully);
        await wait;
    }

    private async Task<ReceivedMessage> ReceiveEventuallyAsync(string entityPath)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        while (DateTimeOffset.UtcNow < deadline)
        {
            if ((await Queue.ReceiveAsync(entityPath, 1, Lock)).SingleOrDefault() is { } message)
                return message;
        }

        throw new TimeoutException($"Nothing arrived on '{entityPath}'.\n{broker.Output}");
    }

    private async Task<IReadOnlyList<ServiceBusReceivedMessage>> PeekAsync(string entityPath, SubQueue subQueue = SubQueue.None)
    {
        var parts = entityPath.Split('/');
        var options = new ServiceBusReceiverOptions { SubQueue = subQueue };
        await using var receiver = parts.Length == 3 ? broker.Client.CreateReceiver(parts[0], parts[2], options) : broker.Client.CreateReceiver(entityPath, options);
        return await receiver.PeekMessagesAsync(100, fromSequenceNumber: 0);
    }
}
