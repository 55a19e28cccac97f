using Logistics.Application.Billing;
using Logistics.Application.Events;
using Logistics.Application.Reports.Activity;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Events;

/// <summary>
/// The billing and reporting consumers of the warehouse events: timer functions that drain their subscription in
/// peek-lock batches within a time budget (<see cref="EventConsumer"/>).
/// </summary>
/// <remarks>
/// The isolated worker's Service Bus trigger extension is not served, so a timer drains instead of a trigger. The day it
/// is, each method becomes <c>[ServiceBusTrigger("warehouse-events", "billing", Connection = "ServiceBus")]</c> over the
/// same <see cref="IEventHandler"/>, applied through <see cref="EventConsumer.ApplyOnceAsync"/> (README, "Events"). Locally the drain waits on the embedded queue for the whole
/// budget, so events are handled as they are sent; against Service Bus it ends at the first empty receive.
/// </remarks>
public sealed class EventConsumerFunctions(EventConsumer consumer, BillingRater billing, DailyActivityProjection reporting)
{
    /// <summary>Every 30 seconds.</summary>
    public const string Schedule = "*/30 * * * * *";

    /// <summary>How long one run keeps receiving: less than the period, so runs do not queue up behind each other.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(25);

    /// <summary>Drains the <c>billing</c> subscription into the rater's charge lines.</summary>
    [Function("BillingEvents")]
    public Task BillingAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        consumer.DrainAsync(billing, Budget, cancellationToken);

    /// <summary>Drains the <c>reporting</c> subscription into the daily activity.</summary>
    [Function("ReportingEvents")]
    public Task ReportingAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        consumer.DrainAsync(reporting, Budget, cancellationToken);
}
