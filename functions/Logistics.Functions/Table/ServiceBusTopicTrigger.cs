using Logistics.Storage.Messaging;

namespace Logistics.Functions.Table;

/// <summary>A function fed by one subscription of a Service Bus topic.</summary>
/// <param name="TopicName">The topic.</param>
/// <param name="SubscriptionName">The subscription this function owns.</param>
/// <param name="Connection">App-setting name prefix of the Service Bus connection.</param>
public sealed record ServiceBusTopicTrigger(
    string TopicName,
    string SubscriptionName,
    string Connection = ServiceBusQueueTrigger.DefaultConnection)
    : ServiceBusTrigger(Connection)
{
    /// <inheritdoc/>
    public override string EntityPath => EntityDefinition.SubscriptionPath(TopicName, SubscriptionName);
}
