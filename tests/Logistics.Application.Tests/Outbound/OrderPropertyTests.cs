using Logistics.Application.Common;
using Logistics.Application.Outbound;
using Logistics.Application.Outbound.Intake;
using Logistics.Application.Tests.Support;
using Logistics.Edi.Outbound;
using Logistics.Domain.Outbound;

namespace Logistics.Application.Tests.Outbound;

/// <summary>
/// Random sequences of order, allocate, pick (short or not), pack, hand over, deliver or fail, cancel and replace, from
/// fixed seeds on the real store: after every step the outbound invariants hold (see
/// <see cref="Orders.AssertOrdersMatchLedgerAsync"/>), and refusals change nothing.
/// </summary>
public class OrderPropertyTests
{
    private static readonly string[] Skus = ["SKU-A", "SKU-B"];

    public static TheoryData<int> Seeds() => [1, 2, 3, 42, 2026];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Every_random_sequence_keeps_orders_and_ledger_consistent(int seed)
    {
        var random = new Random(seed);
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await Orders.StockAsync(warehouse, "SKU-A", "L1", "A-01-01", random.Next(5, 20), new DateOnly(2027, 1, 1));
        await Orders.StockAsync(warehouse, "SKU-A", "L2", "A-01-02", random.Next(5, 20), new DateOnly(2026, 12, 24));
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-03", random.Next(5, 20));
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-04", random.Next(0, 5) + 1);
        var orderIds = new List<string>();
        var refusals = 0;
        var steps = 0;
        for (var step = 0; step < 70; step++)
        {
            try
            {
                await RandomStepAsync(warehouse, random, orderIds, step);
                steps++;
            }
            catch (Exception ex) when (ex is StateConflictException or WarehouseValidationException)
            {
                refusals++;
            }

            await Orders.AssertOrdersMatchLedgerAsync(warehouse);
        }

        // The walk must reach both paths, and shipments, or it proves little.
        Assert.InRange(refusals, 1, 69);
        var orders = await warehouse.AllAsync<OrderDocument>(Orders.Owner, OrderDocument.Kind);
        Assert.Contains(orders, o => o.Shipments.Count > 0);
        Assert.True(steps > refusals, $"only {steps} of 70 steps went through");
    }

    private static int Next(OrderStage stage, Random random) => stage switch
    {
        OrderStage.Received or OrderStage.AwaitingStock => 2,
        OrderStage.Picking => 3,
        OrderStage.Packing => 5,
        OrderStage.AwaitingCarrier => 6,
        OrderStage.InTransit => 7,
        _ => random.Next(2),
    };

    private static async Task RandomStepAsync(TestWarehouse warehouse, Random random, List<string> orderIds, int step)
    {
        var client = warehouse.Durable;
        var orderId = orderIds.Count == 0 ? null : orderIds[random.Next(orderIds.Count)];
        var order = orderId is null ? null : await Orders.ReadAsync(warehouse, orderId);

        // Most steps take an order on to its next stage, so that walks reach shipments; the rest are any action at all.
        var action = order is null ? 0 : random.Next(10) < 6 ? Next(order.Stage, random) : random.Next(10);
        switch (action)
        {
            case 0 or 1:
                var policy = (ShippingPolicy)random.Next(4);
                var lines = Enumerable.Range(0, random.Next(1, 3)).Select(_ => (Skus[random.Next(2)], random.Next(1, 8), (string?)null)).ToArray();
                orderIds.Add((await Orders.PlaceAsync(warehouse, Orders.Draft($"P-{step}", policy, lines))).OrderId);
                break;
            case 2:
                await warehouse.Get<OrderAllocation>().AllocateAsync(Orders.Owner, orderId!, CancellationToken.None);
                break;
            case 3 or 4:
                var task = order!.PickTasks.Where(t => t.IsOpen).OrderBy(_ => random.Next()).FirstOrDefault()
                    ?? order.PickTasks.OrderBy(_ => random.Next()).FirstOrDefault();
                if (task is null)
                {
                    throw new StateConflictException("nothing to pick");
                }

                var units = random.Next(0, task.Units - task.Picked + 2);
                var isShort = units == 0 || random.Next(4) == 0;
                await warehouse.Get<OrderPicking>().RecordAsync(client, orderId!,
                    new PickScanInput($"scan-{step}", task.TaskNumber, task.Location, Sku: task.Sku, Lot: task.Lot, Quantity: units, Short: isShort), CancellationToken.None);
                break;
            case 5:
                var unpacked = order!.Unpacked();
                var take = unpacked.Select(c => new CartonLineInput(c.LineNumber, c.Lot, random.Next(3) == 0 ? c.Units + 1 : c.Units)).ToList();
                await warehouse.Get<OrderPacking>().PackAsync(client, orderId!, new PackInput([new CartonInput($"C{step}", 1.5m, take)]), CancellationToken.None);
                break;
            case 6:
                await warehouse.Get<OrderHandover>().HandOverAsync(client, orderId!, new HandoverInput("DHLX", "GROUND", $"TRK{step}"), CancellationToken.None);
                break;
            case 7:
                var shipment = order!.Shipments.OrderBy(_ => random.Next()).FirstOrDefault() ?? throw new StateConflictException("nothing shipped");
                var delivered = random.Next(3) != 0;
                await warehouse.Get<OrderDelivery>().RecordAsync(client, shipment.Carrier, shipment.TrackingNumber,
                    new TrackingInput($"E{step}", delivered ? "delivered" : "failed", warehouse.Clock.GetUtcNow(), delivered ? "J. Doe" : null, delivered ? null : "refused"),
                    CancellationToken.None);
                break;
            case 8:
                await warehouse.Get<OrderIntake>().AcceptAsync(client, Orders.Draft(order!.OrderNumber, order.Policy), OrderAction.Cancel, CancellationToken.None);
                break;
            default:
                var replacement = Orders.Draft(order!.OrderNumber, order.Policy, (Skus[random.Next(2)], random.Next(1, 6), null));
                await warehouse.Get<OrderIntake>().AcceptAsync(client, replacement, OrderAction.Replace, CancellationToken.None);
                break;
        }
    }
}
