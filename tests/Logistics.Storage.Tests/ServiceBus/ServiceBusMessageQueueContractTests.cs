using Logistics.Storage.Messaging;
using Logistics.Storage.Tests.Messaging;

namespace Logistics.Storage.Tests.ServiceBus;

/// <summary>
/// The message queue contract against the Service Bus adapter, through the real SDK, on the AMQP test broker. The
/// broker keeps real time: locks and schedules are waited for by polling receives, never by sleeping.
/// </summary>
[Collection(ServiceBusBrokerCollection.Name)]
public sealed class ServiceBusMessageQueueContractTests(ServiceBusBrokerFixture broker) : MessageQueueContractTests
{
    protected override IMessageQueue Queue => broker.Queue;

    protected override DateTimeOffset UtcNow => DateTimeOffset.UtcNow;

    protected override TimeSpan ScheduleAhead => TimeSpan.FromSeconds(2);

    protected override Task<string> NewQueueAsync(int maxDeliveryCount = 10) =>
        Task.FromResult(ServiceBusBrokerFixture.NewName(maxDeliveryCount switch
        {
            10 => ServiceBusBrokerFixture.QueuePrefix,
            3 => ServiceBusBrokerFixture.ThreeDeliveriesPrefix,
            _ => throw new ArgumentOutOfRangeException(nameof(maxDeliveryCount), maxDeliveryCount, "The broker declares queues of 10 and 3 deliveries."),
        }));

    protected override Task<string> NewShortLockQueueAsync() => Task.FromResult(ServiceBusBrokerFixture.NewName(ServiceBusBrokerFixture.ShortLockPrefix));

    protected override Task<string> NewTopicAsync() => Task.FromResult(ServiceBusBrokerFixture.NewName(ServiceBusBrokerFixture.TopicPrefix));

    // The broker's clock runs by itself; ReceiveEventuallyAsync polls until it has moved on.
    protected override Task LetTimePassAsync(TimeSpan delay) => Task.CompletedTask;

    protected override Task LetLocksExpireAsync() => Task.CompletedTask;
}
