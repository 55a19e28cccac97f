using Logistics.Storage.Azure.ServiceBus;

namespace Logistics.Storage.Tests.ServiceBus;

public sealed class ServiceBusEntityPathTests
{
    [Fact]
    public void A_queue_name_is_its_own_destination()
    {
        Assert.Equal(new ServiceBusEntityPath("orders", "orders", null), ServiceBusEntityPath.Parse("orders"));
    }

    [Fact]
    public void A_subscription_path_names_its_topic_and_subscription()
    {
        Assert.Equal(
            new ServiceBusEntityPath("warehouse-events/subscriptions/billing", "warehouse-events", "billing"),
            ServiceBusEntityPath.Parse("warehouse-events/subscriptions/billing"));
        Assert.Equal("billing", ServiceBusEntityPath.Parse("warehouse-events/Subscriptions/billing").Subscription);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("t/subscriptions/")]
    [InlineData("/subscriptions/s")]
    [InlineData("t/rules/s")]
    [InlineData("t/subscriptions/s/$DeadLetterQueue")]
    [InlineData(" ")]
    public void Other_paths_are_refused(string path)
    {
        Assert.ThrowsAny<ArgumentException>(() => ServiceBusEntityPath.Parse(path));
    }
}
