namespace Logistics.Storage.Tests.ServiceBus;

/// <summary>The test classes that share one Service Bus test broker.</summary>
[CollectionDefinition(Name)]
public sealed class ServiceBusBrokerCollection : ICollectionFixture<ServiceBusBrokerFixture>
{
    public const string Name = "Service Bus broker";
}
