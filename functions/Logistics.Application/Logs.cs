using Microsoft.Extensions.Logging;

namespace Logistics.Application;

/// <summary>Source-generated log messages of the application layer; event ids are stable (2000–2099).</summary>
internal static partial class Logs
{
    [LoggerMessage(2000, LogLevel.Information, "Inbound notice {NoticeNumber} of {OwnerId} accepted as {NoticeId} ({Lines} lines); orchestration {InstanceId}.")]
    public static partial void NoticeAccepted(this ILogger logger, string ownerId, string noticeNumber, string noticeId, int lines, string instanceId);

    [LoggerMessage(2001, LogLevel.Information, "Inbound notice {NoticeNumber} of {OwnerId} was posted again; the existing notice {NoticeId} stands and nothing was started.")]
    public static partial void NoticeDuplicate(this ILogger logger, string ownerId, string noticeNumber, string noticeId);

    [LoggerMessage(2002, LogLevel.Information, "Receipt of notice {NoticeId} ({OwnerId}) closed with {Pending} pending goods.")]
    public static partial void ReceiptClosed(this ILogger logger, string ownerId, string noticeId, int pending);

    [LoggerMessage(2003, LogLevel.Warning, "Notice {NoticeId} ({OwnerId}) was cancelled: {Reason}.")]
    public static partial void NoticeCancelled(this ILogger logger, string ownerId, string noticeId, string reason);

    [LoggerMessage(2004, LogLevel.Warning, "Notice {NoticeId} ({OwnerId}) had no orchestration; started {InstanceId}.")]
    public static partial void NoticeOrchestrationRepaired(this ILogger logger, string ownerId, string noticeId, string instanceId);

    [LoggerMessage(2005, LogLevel.Warning, "Milestone {Milestone} was not raised to {InstanceId}; the orchestration's re-check will see the change.")]
    public static partial void MilestoneNotRaised(this ILogger logger, Exception exception, string milestone, string instanceId);

    [LoggerMessage(2006, LogLevel.Information, "Inbound notice {NoticeNumber} of {OwnerId} ({NoticeId}) was replaced by revision {Revision}.")]
    public static partial void NoticeReplaced(this ILogger logger, string ownerId, string noticeNumber, string noticeId, int revision);

    [LoggerMessage(2007, LogLevel.Information, "Outbound order {OrderNumber} of {OwnerId} accepted as {OrderId} ({Lines} lines); orchestration {InstanceId}.")]
    public static partial void OrderAccepted(this ILogger logger, string ownerId, string orderNumber, string orderId, int lines, string instanceId);

    [LoggerMessage(2008, LogLevel.Warning, "Order {OrderId} ({OwnerId}) had no orchestration; started {InstanceId}.")]
    public static partial void OrderOrchestrationRepaired(this ILogger logger, string ownerId, string orderId, string instanceId);

    [LoggerMessage(2009, LogLevel.Information, "Order {OrderId} ({OwnerId}) was cancelled: {Reason}.")]
    public static partial void OrderCancelled(this ILogger logger, string ownerId, string orderId, string reason);

    [LoggerMessage(2010, LogLevel.Information, "Subscription {Subscription}: {Applied} events applied, {Duplicates} duplicates dropped, {Retried} given back for retry, {DeadLettered} dead-lettered.")]
    public static partial void EventsDrained(this ILogger logger, string subscription, int applied, int duplicates, int retried, int deadLettered);

    [LoggerMessage(2011, LogLevel.Warning, "Subscription {Subscription}: event {EventId} failed on delivery {DeliveryCount}; retrying in {Delay}.")]
    public static partial void EventRetrying(this ILogger logger, Exception exception, string subscription, string eventId, int deliveryCount, TimeSpan delay);

    [LoggerMessage(2012, LogLevel.Error, "Subscription {Subscription}: message {SequenceNumber} dead-lettered: {Reason}")]
    public static partial void EventDeadLettered(this ILogger logger, string subscription, long sequenceNumber, string reason);

    [LoggerMessage(2013, LogLevel.Warning, "Subscription {Subscription}: the lock on event {EventId} was lost; it will be delivered again.")]
    public static partial void EventLockLost(this ILogger logger, string subscription, string eventId);
}
