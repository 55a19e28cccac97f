using Logistics.Storage.Azure.ServiceBus;
using Logistics.Storage.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Logistics.Storage.Tests.ServiceBus;

/// <summary><see cref="ServiceBusServiceCollectionExtensions.AddServiceBusMessageQueue(IServiceCollection, IConfiguration)"/> on the test broker.</summary>
[Collection(ServiceBusBrokerCollection.Name)]
public sealed class ServiceBusServiceCollectionExtensionsTests(ServiceBusBrokerFixture broker)
{
    [Fact]
    public async Task Registration_from_the_ServiceBus_section_yields_a_working_queue()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ServiceBus:ConnectionString"] = broker.ConnectionString,
                ["ServiceBus:ReceiveWait"] = "00:00:00.300",
            })
            .Build();
        var queueName = ServiceBusBrokerFixture.NewName(ServiceBusBrokerFixture.QueuePrefix);
        await using var provider = new ServiceCollection()
            .AddLogging()
            .AddServiceBusMessageQueue(configuration.GetSection(ServiceBusQueueOptions.SectionName))
            .BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        var queue = provider.GetRequiredService<IMessageQueue>();
        await queue.SendAsync([new(queueName, "x")]);

        Assert.Same(queue, provider.GetRequiredService<ServiceBusMessageQueue>());
        Assert.Equal(TimeSpan.FromMilliseconds(300), provider.GetRequiredService<IOptions<ServiceBusQueueOptions>>().Value.ReceiveWait);
        Assert.Equal(1, await queue.CountActiveAsync(queueName));
    }

    [Fact]
    public async Task Registration_without_a_namespace_or_connection_string_fails_at_start_naming_them()
    {
        await using var provider = new ServiceCollection()
            .AddServiceBusMessageQueue(_ => { })
            .BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("ServiceBus:FullyQualifiedNamespace", failure.Message, StringComparison.Ordinal);
    }
}
