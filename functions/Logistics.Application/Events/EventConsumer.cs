using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Logistics.Application.Events;

/// <summary>
/// Drains one subscription of the events topic into its <see cref="IEventHandler"/>: at-least-once delivery from the
/// queue, applied once through the <see cref="HandledEvent"/> mark, failures retried with exponential back-off and
/// dead-lettered with their reason, unreadable messages dead-lettered at once.
/// </summary>
/// <remarks>
/// The same code drains the embedded queue (local runtime) and a Service Bus subscription (Azure), both behind
/// <see cref="IMessageQueue"/>. It runs from timer functions: the isolated worker's Service Bus trigger is not served,
/// so a timer drains in peek-lock batches within a time budget instead.
/// </remarks>
public sealed class EventConsumer(
    WarehouseStore store,
    IMessageQueue queue,
    TimeProvider time,
    IOptions<EventConsumerOptions> options,
    ILogger<EventConsumer> logger)
{
    private readonly EventConsumerOptions _options = options.Value;

    /// <summary>
    /// Handles what is due on <paramref name="handler"/>'s subscription, then waits for more until
    /// <paramref name="budget"/> has passed (the embedded queue wakes the wait on a send; Service Bus receives wait by
    /// themselves, so there a drain ends at the first empty receive). A zero budget drains what is due and returns.
    /// </summary>
    public async Task<DrainReport> DrainAsync(IEventHandler handler, TimeSpan budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        // The container read also declares the topic and its subscriptions on the embedded queue.
        await store.ContainerAsync(cancellationToken);
        var path = EntityDefinition.SubscriptionPath(WarehouseStore.EventsTopic, handler.Subscription);
        var deadline = time.GetUtcNow() + budget;
        var tally = new Tally();
        var waited = false;
        while (!cancellationToken.IsCancellationRequested && time.GetUtcNow() <= deadline)
        {
            var messages = await queue.ReceiveAsync(path, _options.BatchSize, _options.LockDuration, cancellationToken);
            if (messages.Count == 0)
            {
                var remaining = deadline - time.GetUtcNow();
                if (waited || remaining <= TimeSpan.Zero)
                    break;
                await queue.WaitForMessagesAsync(path, remaining, cancellationToken);
                waited = true;
                continue;
            }

            waited = false;
            foreach (var message in messages)
                await ProcessAsync(handler, message, tally, cancellationToken);
        }

        var report = new DrainReport(handler.Subscription, tally.Applied, tally.Duplicates, tally.Retried, tally.DeadLettered);
        if (report.Received > 0)
            logger.EventsDrained(report.Subscription, report.Applied, report.Duplicates, report.Retried, report.DeadLettered);
        return report;
    }

    private async Task ProcessAsync(IEventHandler handler, ReceivedMessage message, Tally tally, CancellationToken cancellationToken)
    {
        WarehouseEvent warehouseEvent;
        try
        {
            warehouseEvent = WarehouseEvent.Parse(message.Body);
        }
        catch (EventFormatException exception)
        {
            // Retrying cannot make it readable: aside at once, with the reason; a re-drive after a fix delivers it again.
            await queue.DeadLetterAsync(message, $"Unreadable event: {exception.Message}", cancellationToken);
            logger.EventDeadLettered(handler.Subscription, message.SequenceNumber, exception.Message);
            tally.DeadLettered++;
            return;
        }

        try
        {
            if (await ApplyOnceAsync(handler, warehouseEvent, cancellationToken))
                tally.Applied++;
            else
                tally.Duplicates++;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await GiveBackAsync(handler, message, warehouseEvent, exception, tally, cancellationToken);
            return;
        }

        try
        {
            await queue.CompleteAsync(message, cancellationToken);
        }
        catch (MessageLockLostException)
        {
            // The lock ran out while handling: the message comes again and finds the mark, so nothing is applied twice.
            logger.EventLockLost(handler.Subscription, warehouseEvent.Id);
        }
    }

    /// <summary>
    /// Applies <paramref name="warehouseEvent"/> through <paramref name="handler"/> unless its <see cref="HandledEvent"/>
    /// mark exists, writing the effect and the mark in one batch. Each delivered message goes through here, whether a
    /// drain received it or (the day the extension is served) a Service Bus trigger did.
    /// </summary>
    /// <returns>True when this call wrote the effect; false for an event applied before.</returns>
    public async Task<bool> ApplyOnceAsync(IEventHandler handler, WarehouseEvent warehouseEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(warehouseEvent);
        var warehouse = await store.ContainerAsync(cancellationToken);
        var markId = HandledEvent.IdOf(handler.Subscription, warehouseEvent.Id);
        for (var attempt = 1; ; attempt++)
        {
            if (await warehouse.ReadAsync<HandledEvent>(markId, warehouseEvent.Owner, cancellationToken) is not null)
                return false;
            var batch = warehouse.CreateBatch(warehouseEvent.Owner);
            await handler.ApplyAsync(warehouseEvent, warehouse, batch, cancellationToken);
            batch.Create(new HandledEvent
            {
                Id = markId,
                OwnerId = warehouseEvent.Owner,
                Consumer = handler.Subscription,
                EventId = warehouseEvent.Id,
                EventType = warehouseEvent.Type,
                HandledAt = time.GetUtcNow(),
            });
            try
            {
                await batch.ExecuteAsync(cancellationToken);
                return true;
            }
            catch (DocumentBatchException exception) when (
                attempt < _options.ConflictRetries && exception.Failure is DocumentConflictException or DocumentPreconditionFailedException)
            {
                // Another delivery of this event (its mark) or of another event (a shared document) committed first:
                // read again; the mark check above turns the first case into a duplicate.
            }
        }
    }

    private async Task GiveBackAsync(IEventHandler handler, ReceivedMessage message, WarehouseEvent warehouseEvent, Exception exception, Tally tally, CancellationToken cancellationToken)
    {
        try
        {
            if (message.DeliveryCount >= _options.MaxDeliveries)
            {
                var reason = $"{handler.Subscription} failed on delivery {message.DeliveryCount} of {_options.MaxDeliveries}: {exception.GetType().Name}: {exception.Message}";
                await queue.DeadLetterAsync(message, reason, cancellationToken);
                logger.EventDeadLettered(handler.Subscription, message.SequenceNumber, reason);
                tally.DeadLettered++;
            }
            else
            {
                var delay = _options.RetryDelay(message.DeliveryCount);
                await queue.AbandonAsync(message, delay, cancellationToken);
                logger.EventRetrying(exception, handler.Subscription, warehouseEvent.Id, message.DeliveryCount, delay);
                tally.Retried++;
            }
        }
        catch (MessageLockLostException)
        {
            // The lock is gone already: the message comes back by itself with its delivery count raised.
            logger.EventLockLost(handler.Subscription, warehouseEvent.Id);
            tally.Retried++;
        }
    }

    private sealed class Tally
    {
        public int Applied;
        public int Duplicates;
        public int Retried;
        public int DeadLettered;
    }
}
