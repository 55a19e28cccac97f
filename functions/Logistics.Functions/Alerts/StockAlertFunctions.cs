using Logistics.Application.Alerts;
using Logistics.Application.Events;
using Logistics.Functions.Events;
using Logistics.Functions.Security;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Alerts;

/// <summary>
/// The timers behind the stock alerts: <c>AlertEvents</c> drains the <c>alerts</c> subscription (the items each event
/// touched, as the other consumers drain theirs), <c>EvaluateStockAlerts</c> passes over every publisher for what time
/// alone changes (lots entering their expiry window, decisions falling overdue) and as a safety net for the rest.
/// </summary>
public sealed class StockAlertFunctions(
    EventConsumer consumer, StockAlertHandler handler, StockAlertEvaluator evaluator, AccessStore access, ILogger<StockAlertFunctions> logger)
{
    /// <summary>Every 15 minutes, at second 0.</summary>
    public const string EvaluationSchedule = "0 */15 * * * *";

    /// <summary>Drains the <c>alerts</c> subscription into <see cref="StockAlertHandler"/>.</summary>
    [Function("AlertEvents")]
    public Task AlertEventsAsync([TimerTrigger(EventConsumerFunctions.Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        consumer.DrainAsync(handler, EventConsumerFunctions.Budget, cancellationToken);

    /// <summary>Settles every publisher's alerts; one owner's failure is logged and does not hold up the others.</summary>
    [Function("EvaluateStockAlerts")]
    public async Task EvaluateAsync([TimerTrigger(EvaluationSchedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await foreach (var publisherId in access.PublisherIdsAsync(cancellationToken))
        {
            try
            {
                var result = await evaluator.EvaluateOwnerAsync(publisherId, cancellationToken);
                if (result.Raised + result.Cleared > 0)
                {
                    AlertFunctionLogs.Evaluated(logger, publisherId, result.Raised, result.Cleared);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                AlertFunctionLogs.EvaluationFailed(logger, exception, publisherId);
            }
        }
    }
}
