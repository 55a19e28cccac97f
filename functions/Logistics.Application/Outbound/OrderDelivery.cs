using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Outbound.Workflow;
using Logistics.Application.Returns;
using Logistics.Application.Returns.Workflow;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Outbound;
using Logistics.Domain.Owners;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Outbound;

/// <summary>Books a carrier's tracking events: proof of delivery, or a failed delivery whose goods come back as a return.</summary>
/// <remarks>
/// A delivery takes the shipment's units out of the owner's stock (they were in transit). A failed delivery opens a
/// return (<see cref="FailedDeliveryReturns"/>) in the same batch, with its own orchestration: the units stay in transit,
/// held for the order, until the floor receives them at the returns area, and go through inspection and disposition like
/// any return. A shipment settles once: later events of another outcome are refused.
/// </remarks>
public sealed class OrderDelivery(
    OrderRepository orders,
    OrderHandover handover,
    StockPoster poster,
    OrderOrchestrations orchestrations,
    ReturnOrchestrations returns,
    WarehouseLayout layout,
    TimeProvider time)
{
    private const int MaxEventIdLength = 64;

    /// <summary>Books the event; a repeated event id returns the shipment as it is.</summary>
    /// <exception cref="ResourceNotFoundException">The carrier has no such tracking number with us.</exception>
    /// <exception cref="WarehouseValidationException">The event is malformed.</exception>
    /// <exception cref="StateConflictException">The shipment already settled otherwise.</exception>
    public async Task<ShipmentRecord> RecordAsync(DurableTaskClient client, string carrier, string trackingNumber, TrackingInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (status, reason) = Check(input);
        var scac = carrier.Trim().ToUpperInvariant();
        var found = await handover.FindAsync(scac, trackingNumber.Trim(), cancellationToken)
            ?? throw new ResourceNotFoundException($"Carrier {scac} has no shipment {trackingNumber} with us.");
        var (ownerId, orderId, shipmentId) = found;
        var (shipment, settledNow, opened) = await poster.PostAsync(ownerId, async ct =>
        {
            var read = await orders.GetAsync(orderId, null, ct);
            var order = read.Value;
            var current = order.Shipments.Single(s => s.ShipmentId == shipmentId);
            var step = OrderSteps.Settle(order, shipmentId);
            if (current.Events.Any(e => e.EventId == input.EventId))
            {
                return (StockPosting.None(step), (current, false, (ReturnDocument?)null));
            }

            var settles = status is "delivered" or "failed";
            if (settles && current.State != ShipmentRecord.InTransit)
            {
                var same = (status == "delivered") == (current.State == ShipmentRecord.Delivered);
                return same
                    ? (StockPosting.None(step), (current, false, (ReturnDocument?)null))
                    : throw new StateConflictException($"Shipment {shipmentId} is already {current.State}; a '{status}' event cannot change that.");
            }

            var at = input.At!.Value;
            var detail = status switch
            {
                "delivered" => input.SignedBy?.Trim(),
                "failed" => reason.ToString(),
                _ => input.Location?.Trim(),
            };
            var updated = current with { Events = [.. current.Events, new TrackingEventRecord(input.EventId!, status, at, detail)] };
            var movements = new List<StockMovement>();
            (ReturnDocument Return, WarehouseEvent Accepted)? opened = null;
            if (status == "delivered")
            {
                var owner = OwnerId.Parse(ownerId);
                var stepName = OrderSteps.LeafOf(step);
                var now = time.GetUtcNow();
                for (var i = 0; i < current.Contents.Count; i++)
                {
                    var content = current.Contents[i];
                    var part = $"{stepName}-{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
                    movements.Add(OutboundMovements.Deliver(order.SourceReference, part, owner, Sku.Parse(content.Sku),
                        content.Lot is null ? null : LotNumber.Parse(content.Lot), layout.Shipping, orderId, content.Units, now));
                }
            }
            else if (status == "failed")
            {
                // No movement: the units stay in transit for the order until the return's receipt brings them in.
                opened = FailedDeliveryReturns.Open(order, current, reason!.Value, time.GetUtcNow());
            }

            if (settles)
            {
                updated = status == "delivered"
                    ? updated with { State = ShipmentRecord.Delivered, SignedBy = input.SignedBy!.Trim(), SettledAt = at }
                    : updated with { State = ShipmentRecord.Returned, FailureReason = reason.ToString(), SettledAt = at, ReturnId = opened!.Value.Return.ReturnId };
            }

            var changed = (order with { Shipments = [.. order.Shipments.Select(s => s.ShipmentId == shipmentId ? updated : s)] }).Staged();
            var eventType = status switch { "delivered" => EventTypes.OrderDelivered, "failed" => EventTypes.DeliveryFailed, _ => EventTypes.ShipmentInTransit };
            var tracked = new WarehouseEvent($"{orderId}/tracking/{shipmentId}/{input.EventId}", eventType, ownerId, orderId, at,
                new { shipment = shipmentId, carrier = scac, tracking = trackingNumber, status, detail, units = current.Contents.Sum(c => c.Units) });
            return (new StockPosting(step, movements, batch =>
            {
                batch.Replace(changed, read.ETag).Send(tracked.ToMessage());
                if (opened is { } failed)
                {
                    batch.Create(failed.Return).Send(failed.Accepted.ToMessage());
                }
            }), (updated, settles, opened?.Return));
        }, cancellationToken);

        if (opened is not null)
        {
            await returns.StartAcceptedAsync(client, opened, cancellationToken);
        }

        if (settledNow)
        {
            await orchestrations.SignalAsync(client, orderId, OrderMilestones.DeliveryReported, new MilestoneEvent($"{shipmentId} {shipment.State}", time.GetUtcNow()), cancellationToken);
        }

        return shipment;
    }

    private static (string Status, DeliveryFailureReason? Reason) Check(TrackingInput input)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(input.EventId) || input.EventId.Length > MaxEventIdLength)
        {
            errors.Add(new FieldError("/eventId", $"'eventId' is required: the carrier's id of this event, 1–{MaxEventIdLength} characters."));
        }

        if (input.At is null)
        {
            errors.Add(new FieldError("/at", "'at' is required: when it happened (ISO 8601 with offset)."));
        }

        var status = input.Status?.Trim() switch
        {
            "inTransit" => "inTransit",
            "delivered" => "delivered",
            "failed" => "failed",
            _ => null,
        };
        DeliveryFailureReason? reason = null;
        switch (status)
        {
            case null:
                errors.Add(new FieldError("/status", "'status' must be 'inTransit', 'delivered' or 'failed'."));
                break;
            case "delivered" when string.IsNullOrWhiteSpace(input.SignedBy):
                errors.Add(new FieldError("/signedBy", "'signedBy' is required for a delivery: who signed for the goods (proof of delivery)."));
                break;
            case "failed":
                reason = input.Reason?.Trim() switch
                {
                    "refused" => DeliveryFailureReason.Refused,
                    "addressUnknown" => DeliveryFailureReason.AddressUnknown,
                    "damaged" => DeliveryFailureReason.Damaged,
                    _ => null,
                };
                if (reason is null)
                {
                    errors.Add(new FieldError("/reason", "'reason' must be 'refused', 'addressUnknown' or 'damaged' for a failed delivery."));
                }

                break;
        }

        return errors.Count > 0 ? throw new WarehouseValidationException(errors) : (status!, reason);
    }
}
