using System.Globalization;
using System.Text.Json;
using Logistics.Application.Events;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Billing;

/// <summary>
/// The billing subscription's handler: records every warehouse event as a <see cref="BillableActivity"/> of its
/// period, so no movement or milestone goes unbilled by being missed. Events nothing is charged for stay in the journal
/// too: which activity a rate card charges is the rating's decision, not the intake's.
/// </summary>
public sealed class BillingJournal(BusinessCalendar calendar, TimeProvider time) : IEventHandler
{
    /// <summary>The subscription name.</summary>
    public const string SubscriptionName = "billing";

    /// <inheritdoc />
    public string Subscription => SubscriptionName;

    /// <summary>The billing period of an instant: <c>yyyy-MM</c> of the warehouse's date.</summary>
    public string PeriodOf(DateTimeOffset instant) => calendar.DateOf(instant).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public Task ApplyAsync(WarehouseEvent warehouseEvent, IDocumentContainer warehouse, IDocumentBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouseEvent);
        ArgumentNullException.ThrowIfNull(batch);
        batch.Create(new BillableActivity
        {
            Id = IdOf(warehouseEvent.Id),
            OwnerId = warehouseEvent.Owner,
            EventId = warehouseEvent.Id,
            EventType = warehouseEvent.Type,
            Subject = warehouseEvent.Subject,
            OccurredAt = warehouseEvent.OccurredAt,
            Period = PeriodOf(warehouseEvent.OccurredAt),
            Payload = warehouseEvent.Payload is JsonElement payload ? payload : null,
            RecordedAt = time.GetUtcNow(),
        });
        return Task.CompletedTask;
    }

    /// <summary>The journal line's id for an event.</summary>
    public static string IdOf(string eventId) => $"{BillableActivity.Kind}~{HandledEvent.KeyOf(eventId)}";
}
