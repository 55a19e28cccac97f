namespace Logistics.Storage.Azure.ServiceBus;

/// <summary>A queue or subscription path of the port, split the way the SDK addresses it.</summary>
/// <param name="Path">The path as the caller gave it: <c>queue</c> or <c>topic/subscriptions/name</c>.</param>
/// <param name="QueueOrTopic">The queue, or the subscription's topic: where a message for this path is sent.</param>
/// <param name="Subscription">The subscription name; null for a queue.</param>
internal readonly record struct ServiceBusEntityPath(string Path, string QueueOrTopic, string? Subscription)
{
    /// <summary>Splits <paramref name="entityPath"/>; anything but a queue name or a subscription path is refused.</summary>
    public static ServiceBusEntityPath Parse(string entityPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityPath);
        var parts = entityPath.Split('/');
        if (parts.Length == 1)
            return new ServiceBusEntityPath(entityPath, entityPath, null);
        if (parts.Length == 3 && parts[0].Length > 0 && parts[2].Length > 0 && parts[1].Equals("subscriptions", StringComparison.OrdinalIgnoreCase))
            return new ServiceBusEntityPath(entityPath, parts[0], parts[2]);
        throw new ArgumentException($"'{entityPath}' is neither a queue name nor a subscription path 'topic/subscriptions/name'.", nameof(entityPath));
    }
}
