using Logistics.Functions.Table;
using Logistics.Storage.Messaging;

namespace Logistics.Functions.Standalone;

/// <summary>The queues and topics the function table uses, declared on the embedded queue at start.</summary>
public static class EntityDeclarations
{
    /// <summary>One definition per queue and topic (a topic lists every subscription a function reads).</summary>
    public static IReadOnlyList<EntityDefinition> From(FunctionTable table, int maxDeliveryCount)
    {
        ArgumentNullException.ThrowIfNull(table);
        var queues = new SortedSet<string>(StringComparer.Ordinal);
        var topics = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        // Change-feed relays never run standalone, so their outputs are not this runtime's to declare.
        foreach (var function in table.Functions.Where(f => f.Trigger is not CosmosDbTrigger))
        {
            switch (function.Trigger)
            {
                case ServiceBusQueueTrigger q:
                    queues.Add(q.QueueName);
                    break;
                case ServiceBusTopicTrigger t:
                    SubscriptionsOf(topics, t.TopicName).Add(t.SubscriptionName);
                    break;
            }

            foreach (var output in function.Outputs)
            {
                if (output.IsTopic)
                {
                    SubscriptionsOf(topics, output.EntityName);
                }
                else
                {
                    queues.Add(output.EntityName);
                }
            }
        }

        return
        [
            .. queues.Select(q => EntityDefinition.Queue(q, maxDeliveryCount)),
            .. topics.Select(t => EntityDefinition.Topic(t.Key, [.. t.Value], maxDeliveryCount)),
        ];
    }

    private static SortedSet<string> SubscriptionsOf(SortedDictionary<string, SortedSet<string>> topics, string topic)
    {
        if (!topics.TryGetValue(topic, out var subscriptions))
        {
            subscriptions = new SortedSet<string>(StringComparer.Ordinal);
            topics[topic] = subscriptions;
        }

        return subscriptions;
    }
}
