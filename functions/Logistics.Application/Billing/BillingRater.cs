using System.Globalization;
using System.Text.Json;
using Logistics.Application.Events;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Billing;

/// <summary>
/// The billing subscription's handler: rates each event's billable activity (<see cref="ChargeActivities"/>) into
/// <see cref="ChargeLineDocument"/>s against the owner's rate card version in effect when the event occurred, filed in
/// the warehouse month it occurred in, or in the first open period after it when that month is closed.
/// </summary>
/// <remarks>
/// Never silently uncharged: activity with no card in effect, with no rate for its service on any basis the event offers,
/// or with an unknown quantity becomes an unrated line with its reason. A basis the card does not price is dropped only
/// when the card prices the same service on another basis this event offers (picking per unit makes a pick's line and
/// order counts moot). Line ids are deterministic (event, or order and line for once-per-order charges), and the period
/// document is rewritten under its ETag in the same batch, which is what makes closing a period race-free.
/// </remarks>
public sealed class BillingRater(BusinessCalendar calendar) : IEventHandler
{
    /// <summary>The subscription name.</summary>
    public const string SubscriptionName = "billing";

    /// <inheritdoc />
    public string Subscription => SubscriptionName;

    /// <inheritdoc />
    public async Task ApplyAsync(WarehouseEvent warehouseEvent, IDocumentContainer warehouse, IDocumentBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warehouseEvent);
        ArgumentNullException.ThrowIfNull(warehouse);
        ArgumentNullException.ThrowIfNull(batch);
        var activities = await ChargeActivities.OfAsync(warehouseEvent, warehouse, cancellationToken);
        if (activities.Count == 0)
        {
            return;
        }

        var owner = warehouseEvent.Owner;
        var date = BillingDateOf(warehouseEvent);
        var card = await RateCards.InEffectAsync(warehouse, owner, date, cancellationToken);
        var original = BillingPeriods.Of(date);
        var (period, periodRead) = await OpenPeriodAsync(warehouse, owner, original, cancellationToken);
        var eventKey = HandledEvent.KeyOf(warehouseEvent.Id);
        var lines = new List<ChargeLineDocument>();
        foreach (var service in activities.GroupBy(a => a.Service))
        {
            var priced = service.Any(a => card?.RateFor(a.Service, a.Basis) is not null);
            foreach (var activity in service)
            {
                var rate = card?.RateFor(activity.Service, activity.Basis);
                if (rate is null && (priced || activity.OnlyIfPriced))
                {
                    continue;
                }

                var reason = rate is null
                    ? card is null
                        ? $"no rate card in effect on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"
                        : $"rate card {card.Version} has no rate for {activity.Service} per {activity.Basis}"
                    : activity.Quantity is null ? activity.UnknownReason ?? $"the event reports no {activity.Basis} quantity" : null;
                var id = ChargeLineDocument.IdOf(activity.Once ?? eventKey, activity.Service, activity.Basis);
                if (activity.Once is not null && await warehouse.ReadAsync<ChargeLineDocument>(id, owner, cancellationToken) is not null)
                {
                    continue;
                }

                lines.Add(new ChargeLineDocument
                {
                    Id = id,
                    OwnerId = owner,
                    Period = period,
                    Service = activity.Service,
                    Basis = activity.Basis,
                    Quantity = activity.Quantity ?? 0,
                    EventId = warehouseEvent.Id,
                    EventType = warehouseEvent.Type,
                    Subject = warehouseEvent.Subject,
                    OccurredAt = warehouseEvent.OccurredAt,
                    BillingDate = date,
                    RateCardVersion = card?.Version,
                    Status = reason is null ? ChargeLineDocument.Rated : ChargeLineDocument.Unrated,
                    Reason = reason,
                    OriginalPeriod = period == original ? null : original,
                });
            }
        }

        if (lines.Count == 0)
        {
            return;
        }

        foreach (var line in lines)
        {
            batch.Create(line);
        }

        // Touching the period with every line is what a close's precondition sees.
        if (periodRead is null)
        {
            batch.Create(new BillingPeriodDocument
            {
                Id = BillingPeriodDocument.IdOf(period), OwnerId = owner, Period = period, Status = BillingPeriodDocument.Open, Lines = lines.Count,
            });
        }
        else
        {
            batch.Replace(periodRead.Value with { Lines = periodRead.Value.Lines + lines.Count }, periodRead.ETag);
        }
    }

    /// <summary>The warehouse date an event is billed on: the snapshot's day for storage, else the date it occurred.</summary>
    public DateOnly BillingDateOf(WarehouseEvent warehouseEvent)
    {
        ArgumentNullException.ThrowIfNull(warehouseEvent);
        return warehouseEvent.Type == EventTypes.StorageSnapshotTaken
            && (warehouseEvent.Payload as JsonElement? ?? JsonSerializer.SerializeToElement(warehouseEvent.Payload, DocumentJson.Options)) is { ValueKind: JsonValueKind.Object } payload
            && payload.TryGetProperty("date", out var day) && day.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(day.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : calendar.DateOf(warehouseEvent.OccurredAt);
    }

    // The period itself when open, else the first open one after it (a late event), with its document as read.
    private static async Task<(string Period, Document<BillingPeriodDocument>? Read)> OpenPeriodAsync(
        IDocumentContainer warehouse, string owner, string period, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await warehouse.ReadAsync<BillingPeriodDocument>(BillingPeriodDocument.IdOf(period), owner, cancellationToken);
            if (read is null || !read.Value.IsClosed)
            {
                return (period, read);
            }

            period = BillingPeriods.Next(period);
        }
    }
}
