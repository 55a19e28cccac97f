using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Outbound.Workflow;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Edi.Json;
using Logistics.Edi.Outbound;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Application.Outbound.Intake;

/// <summary>
/// Takes in outbound orders, whatever format they came in: stores the order (create = idempotency on (publisher, order
/// number)), and starts its orchestration; applies a replacement or a cancellation while nothing is picked. Bad input
/// changes nothing.
/// </summary>
/// <remarks>
/// The JSON form comes in through <see cref="AcceptJsonAsync"/>, the X12 940 through <see cref="X12OrderIntake"/>; both
/// check the order with <see cref="OrderRules"/> and describe it with <see cref="OrderDrafts"/> before
/// <see cref="AcceptAsync"/> applies it.
/// </remarks>
public sealed class OrderIntake(
    WarehouseStore store,
    OrderRules rules,
    OrderChanges changes,
    OrderOrchestrations orchestrations,
    TimeProvider time,
    ILogger<OrderIntake>? logger = null)
{
    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Validates a JSON order and applies it as its <c>purpose</c> declares (original, replace or cancel).</summary>
    /// <param name="client">The Durable client.</param>
    /// <param name="ownerId">The publisher posting it.</param>
    /// <param name="json">The order (see <see cref="OrderJsonValidator"/> for the schema).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="WarehouseValidationException">Schema or business-rule faults, named by JSON pointer; nothing was changed.</exception>
    /// <exception cref="StateConflictException">The intake refused it (see <see cref="AcceptAsync"/>); nothing was changed.</exception>
    public async Task<AcceptedOrder> AcceptJsonAsync(DurableTaskClient client, string ownerId, string json, CancellationToken cancellationToken)
    {
        var parsed = OrderJsonValidator.Validate(json);
        if (!parsed.IsValid || parsed.Document is not { } document)
        {
            throw new WarehouseValidationException([.. parsed.Errors.Select(e => new FieldError(e.Pointer, e.Message))]);
        }

        var check = await rules.CheckAsync(ownerId, document, cancellationToken);
        if (!check.Passed)
        {
            throw new WarehouseValidationException([.. check.Faults.Select(f => new FieldError(f.Pointer, f.Message))]);
        }

        return await AcceptAsync(client, OrderDrafts.Describe(ownerId, check.Document, check.Items, null), document.Action, cancellationToken);
    }

    /// <summary>
    /// Applies a validated order as its sender declares it. An original is stored; an order number already taken answers
    /// with the existing order when the content is the same and is refused when it differs. A replacement or a
    /// cancellation is applied until picking starts, and refused with the reason after.
    /// </summary>
    /// <param name="client">The Durable client.</param>
    /// <param name="posted">The order as described by the format adapter (stage and fingerprint are set here).</param>
    /// <param name="action">What the sender declares.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="StateConflictException">The number is taken by other content or a cancelled order; a change came after picking started; a change names no order.</exception>
    public async Task<AcceptedOrder> AcceptAsync(DurableTaskClient client, OrderDocument posted, OrderAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posted);
        posted = (posted with { Fingerprint = string.Empty }).Staged();
        posted = posted with { Fingerprint = OrderFingerprint.Of(posted) };
        var container = await store.ContainerAsync(cancellationToken);
        var existing = await container.ReadAsync<OrderDocument>(posted.Id, posted.OwnerId, cancellationToken);
        if (action == OrderAction.Cancel)
        {
            var current = existing?.Value ?? throw new StateConflictException($"There is no order {posted.OrderNumber} to cancel.");
            var (cancelled, changed) = await changes.CancelAsync(current.OrderId, "cancelled by the owner", cancellationToken);
            return await AnnounceAsync(client, cancelled, changed ? OrderMilestones.OrderChanged : null, isNew: false, cancellationToken);
        }

        if (existing is not null)
        {
            var current = existing.Value;
            if (current.CancelledAt is not null)
            {
                throw new StateConflictException(
                    $"Order {current.OrderNumber} was cancelled on {UtcText.Of(current.CancelledAt.Value)} ({current.CancelReason}); send it again under a new order number.");
            }

            if (current.Fingerprint == posted.Fingerprint)
            {
                return await AnnounceAsync(client, current, null, isNew: false, cancellationToken);
            }

            if (action != OrderAction.Replace)
            {
                throw new StateConflictException(
                    $"Order number {current.OrderNumber} is already taken by an order with other content (accepted {UtcText.Of(current.AcceptedAt)}); " +
                    "send changes as a replacement (940 W0501 'R' … see the README, JSON purpose \"replace\") until picking starts, or a new order under a new number.");
            }

            var (replaced, _) = await changes.ReplaceAsync(current.OrderId, posted, cancellationToken);
            return await AnnounceAsync(client, replaced, OrderMilestones.OrderChanged, isNew: false, cancellationToken);
        }

        var now = time.GetUtcNow();
        var created = posted with { AcceptedAt = now };
        var accepted = new WarehouseEvent($"{created.OrderId}/accepted", EventTypes.OutboundOrderAccepted, created.OwnerId, created.OrderId, now,
            new { orderNumber = created.OrderNumber, lines = created.Lines.Count, units = created.Lines.Sum(l => (long)l.Units), policy = created.Policy.ToString() });
        try
        {
            await container.CreateBatch(created.OwnerId).Create(created).Send(accepted.ToMessage()).ExecuteAsync(cancellationToken);
        }
        catch (DocumentBatchException ex) when (ex.Failure is DocumentConflictException)
        {
            // Posted twice at once: the other call created it; answer as for a repeat (or a conflict) from the stored one.
            return await AcceptAsync(client, posted, action, cancellationToken);
        }

        var result = await AnnounceAsync(client, created, null, isNew: true, cancellationToken);
        _logger.OrderAccepted(created.OwnerId, created.OrderNumber, created.OrderId, created.Lines.Count, result.InstanceId);
        return result;
    }

    // Makes sure the orchestration runs (a repost repairs a crash between the commit and the start), and tells it of a change.
    private async Task<AcceptedOrder> AnnounceAsync(DurableTaskClient client, OrderDocument order, string? milestone, bool isNew, CancellationToken cancellationToken)
    {
        var instanceId = await orchestrations.StartAsync(client, order, cancellationToken);
        if (milestone is not null)
        {
            await orchestrations.SignalAsync(client, order.OrderId, milestone, new MilestoneEvent($"revision {order.Revision}", time.GetUtcNow()), cancellationToken);
        }

        return new AcceptedOrder(order.OrderId, order.OrderNumber, instanceId, isNew, order.Stage.ToString());
    }
}
