namespace Logistics.Storage.Messaging;

/// <summary>Declares a queue, or a topic with its subscriptions (each subscription gets its own copy of every message).</summary>
/// <param name="Name">Queue or topic name.</param>
/// <param name="Subscriptions">Empty for a queue.</param>
/// <param name="MaxDeliveryCount">Deliveries after which a message is dead-lettered, as Service Bus does (default 10).</param>
public sealed record EntityDefinition(string Name, IReadOnlyList<string> Subscriptions, int MaxDeliveryCount = 10)
{
    /// <summary>A queue.</summary>
    public static EntityDefinition Queue(string name, int maxDeliveryCount = 10) => new(name, [], maxDeliveryCount);

    /// <summary>A topic with subscriptions.</summary>
    public static EntityDefinition Topic(string name, IReadOnlyList<string> subscriptions, int maxDeliveryCount = 10) =>
        new(name, subscriptions, maxDeliveryCount);

    /// <summary>The entity path a subscription is received from, in Service Bus form.</summary>
    public static string SubscriptionPath(string topic, string subscription) => $"{topic}/subscriptions/{subscription}";
}
