using Logistics.Application.Events;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.Alerts;

/// <summary>
/// Settles one alert against its condition: raises it when the condition holds and the alert is not active, clears it
/// when the condition ended and the alert is active, and otherwise leaves its state alone. The alert document and the
/// transition's event (<see cref="EventTypes.StockAlertRaised"/> or <see cref="EventTypes.StockAlertCleared"/>) commit in
/// one batch under the ETag of the alert's read, so of two evaluators racing only one transition commits; the other's
/// batch fails, it reads again, finds the state already settled and sends nothing.
/// </summary>
/// <remarks>
/// <para>
/// The condition is evaluated after the alert is read, and a lost race evaluates it again. With <c>touch</c> (the
/// event-driven evaluation, which runs right after a stock change) the document is written even when nothing changes
/// (its <see cref="StockAlertDocument.EvaluatedAt"/>), so an evaluator that read older stock than this one and would
/// transition on it loses its ETag race and looks again: successful writes of one alert are then ordered, each read its
/// stock after the one before committed, and the transitions follow the real history of the condition. The timer's
/// evaluation writes transitions only; if it read stock that a later change made stale, that change's event settles the
/// alert again.
/// </para>
/// <para>
/// Event ids are <c>alerts/{owner}/{alert id}/{occurrence}/raised|cleared</c>: a repeat of the same transition repeats
/// the id, and each occurrence has its own.
/// </para>
/// </remarks>
public sealed class StockAlerts(WarehouseStore store, TimeProvider time)
{
    private const int MaxAttempts = 10;

    /// <summary>Settles the alert <paramref name="alertId"/> of <paramref name="ownerId"/> with the condition <paramref name="evaluate"/> finds.</summary>
    /// <param name="ownerId">The owner.</param>
    /// <param name="alertId">The alert (<see cref="AlertCondition.AlertId"/> of what <paramref name="evaluate"/> returns).</param>
    /// <param name="evaluate">Reads the condition now; called after the alert's read, and again after a lost race.</param>
    /// <param name="touch">Write the alert even without a transition (creating it when it is new), see the remarks.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<AlertTransition> SettleAsync(
        string ownerId, string alertId, Func<CancellationToken, Task<AlertCondition>> evaluate, bool touch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evaluate);
        var container = await store.ContainerAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var read = await container.ReadAsync<StockAlertDocument>(alertId, ownerId, cancellationToken);
            var condition = await evaluate(cancellationToken);
            if (condition.AlertId != alertId)
            {
                throw new InvalidOperationException($"The condition of {condition.AlertId} was given to settle {alertId}.");
            }

            var current = read?.Value;
            var active = current?.State == AlertState.Active;
            var transition = condition.Holds == active ? AlertTransition.None : condition.Holds ? AlertTransition.Raised : AlertTransition.Cleared;
            if (transition == AlertTransition.None && !touch)
            {
                return transition;
            }

            var now = time.GetUtcNow();
            var next = Next(ownerId, condition, current, transition, now);
            var batch = container.CreateBatch(ownerId);
            if (read is null)
            {
                batch.Create(next);
            }
            else
            {
                batch.Replace(next, read.ETag);
            }

            if (transition != AlertTransition.None)
            {
                batch.Send(EventOf(next, transition, now).ToMessage());
            }

            try
            {
                await batch.ExecuteAsync(cancellationToken);
                return transition;
            }
            catch (DocumentBatchException exception) when (
                attempt < MaxAttempts && exception.Failure is DocumentConflictException or DocumentPreconditionFailedException)
            {
                // Another evaluator wrote the alert since this one read it: read it again and settle on what it says now.
            }
        }
    }

    /// <summary>The event of a transition of <paramref name="alert"/>: <c>{alert, kind, sku, lot, value, threshold, since}</c> and the kind's own facts.</summary>
    public static WarehouseEvent EventOf(StockAlertDocument alert, AlertTransition transition, DateTimeOffset occurredAt)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var (type, step) = transition switch
        {
            AlertTransition.Raised => (EventTypes.StockAlertRaised, "raised"),
            AlertTransition.Cleared => (EventTypes.StockAlertCleared, "cleared"),
            _ => throw new ArgumentOutOfRangeException(nameof(transition), transition, "Only a transition has an event."),
        };
        return new WarehouseEvent($"alerts/{alert.OwnerId}/{alert.Id}/{alert.Occurrence}/{step}", type, alert.OwnerId, alert.Id, occurredAt, new
        {
            alert = alert.Id,
            kind = alert.AlertKind.ToString(),
            sku = alert.Sku,
            lot = alert.Lot,
            value = alert.Value,
            threshold = alert.Threshold,
            since = alert.Since,
            occurrence = alert.Occurrence,
            units = alert.Units,
            expiry = alert.Expiry,
            pending = alert.Pending,
            deadline = alert.Deadline,
        });
    }

    private static StockAlertDocument Next(string ownerId, AlertCondition condition, StockAlertDocument? current, AlertTransition transition, DateTimeOffset now)
    {
        // A new alert starts cleared, as of occurrence 0: an evaluation that found nothing wrong, or the ground of its first raise.
        var basis = current ?? Facts(new StockAlertDocument
        {
            Id = condition.AlertId,
            OwnerId = ownerId,
            AlertKind = condition.Kind,
            Sku = condition.Sku,
            State = AlertState.Cleared,
            Occurrence = 0,
            Value = condition.Value,
            EvaluatedAt = now,
        }, condition);
        if (transition == AlertTransition.None)
        {
            return basis with { EvaluatedAt = now };
        }

        var raised = transition == AlertTransition.Raised;
        return Facts(basis, condition) with
        {
            State = raised ? AlertState.Active : AlertState.Cleared,
            Occurrence = raised ? basis.Occurrence + 1 : basis.Occurrence,
            Since = raised ? now : basis.Since,
            ClearedAt = raised ? null : now,
            EvaluatedAt = now,
        };
    }

    private static StockAlertDocument Facts(StockAlertDocument alert, AlertCondition condition) => alert with
    {
        Lot = condition.Lot,
        Pending = condition.Pending,
        Value = condition.Value,
        Threshold = condition.Threshold,
        Units = condition.Units,
        Expiry = condition.Expiry,
        Deadline = condition.Deadline,
    };
}
