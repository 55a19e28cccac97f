using System.Globalization;
using Logistics.Application.Outbound;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Simulation;

/// <summary>
/// Development aid: plays the floor and the carrier for an order through the same commands the real endpoints use —
/// every open pick in full, one carton with everything picked, the handover, then the carrier's delivery (or the
/// failed delivery asked for, whose goods come back as a return).
/// </summary>
public sealed class OrderSimulator(OrderRepository orders, OrderPicking picking, OrderPacking packing, OrderHandover handover, OrderDelivery delivery, TimeProvider time)
{
    /// <summary>The SCAC the simulated carrier uses when the order names none.</summary>
    public const string DemoCarrier = "DEMO";

    /// <summary>Runs the floor's and carrier's part as far as the order allows; steps already done are skipped, so it may be called again.</summary>
    /// <param name="client">The Durable client.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="failure">null to deliver; <c>refused</c>, <c>addressUnknown</c> or <c>damaged</c> to fail the delivery.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    public async Task<OrderSimulationResult> SimulateAsync(DurableTaskClient client, string orderId, string? failure, CancellationToken cancellationToken)
    {
        var order = (await orders.GetAsync(orderId, null, cancellationToken)).Value;
        var picks = 0;
        foreach (var task in order.PickTasks.Where(t => t.IsOpen))
        {
            await picking.RecordAsync(client, orderId, new PickScanInput(
                $"sim-T{Number(task.TaskNumber)}-{Number(task.Picked)}", task.TaskNumber, task.Location, Sku: task.Sku, Lot: task.Lot, Quantity: task.Remaining), cancellationToken);
            picks++;
        }

        order = (await orders.GetAsync(orderId, null, cancellationToken)).Value;
        var unpacked = order.Unpacked();
        if (unpacked.Count > 0)
        {
            var carton = new CartonInput($"SIM-C{Number(order.Cartons.Count + 1)}", 0.5m * unpacked.Sum(c => c.Units),
                [.. unpacked.Select(c => new CartonLineInput(c.LineNumber, c.Lot, c.Units))]);
            await packing.PackAsync(client, orderId, new PackInput([carton]), cancellationToken);
        }

        order = (await orders.GetAsync(orderId, null, cancellationToken)).Value;
        if (order.Cartons.Any(c => c.ShipmentId is null))
        {
            var tracking = $"SIM{order.OrderNumber.Replace("-", string.Empty, StringComparison.Ordinal)}{Number(order.Shipments.Count + 1)}";
            await handover.HandOverAsync(client, orderId, new HandoverInput(order.Carrier ?? DemoCarrier, order.Service, tracking[..Math.Min(tracking.Length, 35)]), cancellationToken);
        }

        order = (await orders.GetAsync(orderId, null, cancellationToken)).Value;
        foreach (var shipment in order.Shipments.Where(s => s.State == ShipmentRecord.InTransit))
        {
            var input = failure is null
                ? new TrackingInput($"sim-{shipment.ShipmentId}-pod", "delivered", time.GetUtcNow(), SignedBy: "Simulated consignee")
                : new TrackingInput($"sim-{shipment.ShipmentId}-fail", "failed", time.GetUtcNow(), Reason: failure);
            await delivery.RecordAsync(client, shipment.Carrier, shipment.TrackingNumber, input, cancellationToken);
        }

        order = (await orders.GetAsync(orderId, null, cancellationToken)).Value;
        return new OrderSimulationResult(orderId, picks, order.Shipments.Count, order.Stage.ToString());
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
