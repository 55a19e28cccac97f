namespace Logistics.Storage.Sqlite;

/// <summary>A declared queue, topic or subscription as the queue tables hold it.</summary>
/// <param name="Path">Queue name, topic name, or <c>topic/subscriptions/name</c>.</param>
/// <param name="Kind">One of <see cref="QueueKind"/>, <see cref="TopicKind"/>, <see cref="SubscriptionKind"/>.</param>
/// <param name="Topic">The owning topic of a subscription.</param>
/// <param name="MaxDeliveryCount">Deliveries before dead-lettering.</param>
internal sealed record QueueEntity(string Path, string Kind, string? Topic, int MaxDeliveryCount)
{
    public const string QueueKind = "queue";
    public const string TopicKind = "topic";
    public const string SubscriptionKind = "subscription";

    /// <summary>Whether messages are stored and received on this path (queues and subscriptions, not topics).</summary>
    public bool IsReceivable => Kind != TopicKind;
}
