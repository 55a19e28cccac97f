using System.Globalization;
using System.Text.RegularExpressions;
using Logistics.Application.Common;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Outbound.Workflow;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Domain.Items;
using Logistics.Domain.Outbound;
using Logistics.Domain.Owners;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Outbound;

/// <summary>Hands packed cartons to a carrier: the goods go in transit, the shipment gets its 945, and the carrier's tracking number finds it again.</summary>
public sealed partial class OrderHandover(
    WarehouseStore store,
    OrderRepository orders,
    StockPoster poster,
    ShippingAdvices advices,
    OrderOrchestrations orchestrations,
    WarehouseLayout layout,
    TimeProvider time)
{
    private const int MaxTrackingLength = 35;

    /// <summary>Books the handover; the same tracking number with the same cartons again returns the shipment as it is.</summary>
    /// <exception cref="WarehouseValidationException">The input is malformed, or a carton is unknown.</exception>
    /// <exception cref="StateConflictException">A carton already left, nothing waits for the carrier, or the tracking number is taken.</exception>
    public async Task<ShipmentRecord> HandOverAsync(DurableTaskClient client, string orderId, HandoverInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (carrier, tracking) = Check(input);
        var first = (await orders.GetAsync(orderId, null, cancellationToken)).Value;
        var (shipment, handedNow) = await poster.PostAsync(first.OwnerId, async ct =>
        {
            var read = await orders.GetAsync(orderId, null, ct);
            var order = read.Value;
            if (order.Shipments.FirstOrDefault(s => s.Carrier == carrier && s.TrackingNumber == tracking) is { } known)
            {
                return input.CartonIds is not { Count: > 0 } ids || ids.ToHashSet(StringComparer.Ordinal).SetEquals(known.CartonIds)
                    ? (StockPosting.None(OrderSteps.Handover(order, known.ShipmentId)), (known, false))
                    : throw new StateConflictException($"Tracking number {tracking} of {carrier} was handed over with cartons {string.Join(", ", known.CartonIds)}.");
            }

            if (await (await store.ContainerAsync(ct)).ReadAsync<ShipmentDocument>(ShipmentDocument.IdOf(carrier, tracking), order.OwnerId, ct) is { } taken)
            {
                throw new StateConflictException($"Tracking number {tracking} of {carrier} already belongs to shipment {taken.Value.ShipmentId} of order {taken.Value.OrderId}.");
            }

            var cartons = Cartons(order, input.CartonIds);
            var now = time.GetUtcNow();
            var number = (order.Shipments.Count + 1).ToString(CultureInfo.InvariantCulture);
            var contents = cartons.SelectMany(c => c.Contents)
                .GroupBy(c => (c.LineNumber, c.Sku, c.Lot))
                .Select(g => new CartonContent(g.Key.LineNumber, g.Key.Sku, g.Key.Lot, g.Sum(c => c.Units)))
                .OrderBy(c => c.LineNumber).ThenBy(c => c.Lot, StringComparer.Ordinal)
                .ToList();
            var shipment = new ShipmentRecord($"{order.OrderNumber}-S{number}", carrier, input.Service?.Trim(), tracking, [.. cartons.Select(c => c.CartonId)], contents, now);
            var owner = OwnerId.Parse(order.OwnerId);
            var movements = contents.SelectMany((c, i) => OutboundMovements.Ship(
                order.SourceReference, $"{shipment.ShipmentId}-{i.ToString(CultureInfo.InvariantCulture)}", owner, Sku.Parse(c.Sku),
                c.Lot is null ? null : LotNumber.Parse(c.Lot), layout.Shipping, orderId, c.Units, now)).ToList();
            var shipped = contents.ToLookup(c => c.LineNumber, c => c.Units);
            var handed = cartons.Select(c => c.CartonId).ToHashSet(StringComparer.Ordinal);
            var updated = (order with
            {
                Lines = [.. order.Lines.Select(l => l with { Shipped = l.Shipped + shipped[l.LineNumber].Sum() })],
                Cartons = [.. order.Cartons.Select(c => handed.Contains(c.CartonId) ? c with { ShipmentId = shipment.ShipmentId } : c)],
            }).Staged();
            shipment = shipment with { AdviceX12 = await advices.WriteAsync(updated, shipment, ct) };
            updated = updated with { Shipments = [.. order.Shipments, shipment] };
            var index = new ShipmentDocument
            {
                Id = ShipmentDocument.IdOf(carrier, tracking), OwnerId = order.OwnerId, Carrier = carrier, TrackingNumber = tracking,
                OrderId = orderId, ShipmentId = shipment.ShipmentId,
            };
            var shippedEvent = new WarehouseEvent($"{orderId}/shipped/{shipment.ShipmentId}", EventTypes.OrderShipped, order.OwnerId, orderId, now,
                new { shipment = shipment.ShipmentId, carrier, tracking, cartons = cartons.Count, units = contents.Sum(c => c.Units), weightKg = cartons.Sum(c => c.WeightKg) });
            return (new StockPosting(OrderSteps.Handover(order, shipment.ShipmentId), movements,
                batch => batch.Replace(updated, read.ETag).Create(index).Send(shippedEvent.ToMessage())), (shipment, true));
        }, cancellationToken);

        if (handedNow)
        {
            await orchestrations.SignalAsync(client, orderId, OrderMilestones.HandedOver, new MilestoneEvent(shipment.ShipmentId, time.GetUtcNow()), cancellationToken);
        }

        return shipment;
    }

    /// <summary>The order's shipment with the carrier's tracking number, or null.</summary>
    public async Task<(string OwnerId, string OrderId, string ShipmentId)?> FindAsync(string carrier, string trackingNumber, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);

        // Cross-partition on purpose: the carrier does not know the owner. One indexed lookup per tracking event.
        var query = new DocumentQuery(null) { PageSize = 2 }
            .WhereEquals("/type", ShipmentDocument.Kind).WhereEquals("/id", ShipmentDocument.IdOf(carrier, trackingNumber));
        var found = await container.QueryAllAsync<ShipmentDocument>(query, cancellationToken);
        return found.Count == 1 ? (found[0].OwnerId, found[0].OrderId, found[0].ShipmentId) : null;
    }

    private static List<CartonRecord> Cartons(OrderDocument order, IReadOnlyList<string>? ids)
    {
        var waiting = order.Cartons.Where(c => c.ShipmentId is null).ToList();
        if (ids is not { Count: > 0 })
        {
            return waiting.Count > 0 ? waiting : throw new StateConflictException($"Order {order.OrderId} has no packed carton waiting for the carrier.");
        }

        var cartons = new List<CartonRecord>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            var carton = order.Cartons.FirstOrDefault(c => c.CartonId == id)
                ?? throw new WarehouseValidationException("/cartonIds", $"Order {order.OrderId} has no carton {id}.");
            cartons.Add(carton.ShipmentId is null ? carton : throw new StateConflictException($"Carton {id} already left with shipment {carton.ShipmentId}."));
        }

        return cartons;
    }

    private static (string Carrier, string Tracking) Check(HandoverInput input)
    {
        var errors = new List<FieldError>();
        var carrier = input.Carrier?.Trim().ToUpperInvariant();
        if (carrier is null || !ScacPattern().IsMatch(carrier))
        {
            errors.Add(new FieldError("/carrier", "'carrier' must be the carrier's SCAC: 2–4 letters."));
        }

        var tracking = input.TrackingNumber?.Trim();
        if (string.IsNullOrEmpty(tracking) || tracking.Length > MaxTrackingLength || tracking.Any(c => char.IsWhiteSpace(c) || c is '/' or '~' or '*'))
        {
            errors.Add(new FieldError("/trackingNumber", $"'trackingNumber' is required: 1–{MaxTrackingLength} characters without spaces, '/', '~' or '*'."));
        }

        return errors.Count > 0 ? throw new WarehouseValidationException(errors) : (carrier!, tracking!);
    }

    [GeneratedRegex("^[A-Z]{2,4}$")]
    private static partial Regex ScacPattern();
}
