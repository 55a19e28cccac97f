using Logistics.Storage.Documents;

namespace Logistics.Application.Events;

/// <summary>
/// A consumer of the warehouse events: one per subscription of <see cref="Warehouse.WarehouseStore.EventsTopic"/>
/// (billing, reporting). <see cref="EventConsumer"/> delivers each event to it once.
/// </summary>
/// <remarks>
/// The handler states its effect as writes added to <c>batch</c>, a transaction in the event owner's partition of the
/// warehouse container; the consumer adds the event's <see cref="HandledEvent"/> mark to the same batch, so the effect
/// and the mark commit together and a redelivered event finds the mark and changes nothing. With the Service Bus trigger
/// extension the same handler would run under <c>[ServiceBusTrigger]</c> (see README, "Events").
/// </remarks>
public interface IEventHandler
{
    /// <summary>The subscription it consumes, for example <c>billing</c>.</summary>
    string Subscription { get; }

    /// <summary>Adds the effect of <paramref name="warehouseEvent"/> to <paramref name="batch"/>; reads may use <paramref name="warehouse"/>.</summary>
    /// <remarks>Throwing leaves nothing written; the event is retried with back-off and dead-lettered with the exception's message when it keeps failing.</remarks>
    Task ApplyAsync(WarehouseEvent warehouseEvent, IDocumentContainer warehouse, IDocumentBatch batch, CancellationToken cancellationToken);
}
