using Logistics.Application.Inventory;
using Logistics.Application.Outbound;
using Logistics.Application.Outbound.Intake;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Outbound;
using Logistics.Edi.Outbound;
using Logistics.Domain.Owners;

namespace Logistics.Application.Tests.Support;

/// <summary>Test data for outbound orders: stock put straight into storage, and orders as the format adapters describe them.</summary>
public static class Orders
{
    public const string Owner = Notices.Owner;

    /// <summary>
    /// Books <paramref name="units"/> on hand at a storage location with the lot's dates, the way a putaway leaves them
    /// (an adjustment movement instead of a whole inbound flow, which other tests cover).
    /// </summary>
    public static async Task StockAsync(TestWarehouse warehouse, string sku, string? lot, string location, int units, DateOnly? expiry = null, DateTimeOffset? receivedAt = null)
    {
        var key = new StockKey(OwnerId.Parse(Owner), Sku.Parse(sku), lot is null ? null : LotNumber.Parse(lot), LocationCode.Parse(location), StockStatus.OnHand);
        var step = $"seed/{Owner}/{sku}/{lot ?? "-"}/{location}/{Guid.NewGuid():N}";
        var movement = new StockMovement(MovementId.For(step), key, units, MovementType.Adjustment, warehouse.Clock.GetUtcNow(), step);
        await warehouse.Poster.PostAsync(Owner, _ => Task.FromResult((new StockPosting(step, [movement], batch =>
        {
            if (lot is not null)
            {
                batch.Upsert(new LotDocument
                {
                    Id = LotDocument.IdOf(sku, lot), OwnerId = Owner, Sku = sku, Lot = lot, Expiry = expiry, ReceivedAt = receivedAt ?? warehouse.Clock.GetUtcNow(),
                });
            }
        }), 0)), CancellationToken.None);
    }

    /// <summary>An order as a format adapter hands it to the intake.</summary>
    public static OrderDocument Draft(string number, ShippingPolicy policy, params (string Sku, int Units, string? Lot)[] lines)
    {
        var orderId = OrderIds.For(OwnerId.Parse(Owner), OrderNumber.Parse(number));
        return new OrderDocument
        {
            Id = OrderDocument.IdOf(orderId),
            OwnerId = Owner,
            OrderId = orderId,
            OrderNumber = number,
            SourceFormat = "json",
            Fingerprint = string.Empty,
            Policy = policy,
            ShipTo = new ShipToRecord("Buchhandlung Lehmann", ["Hauptstrasse 1"], "Berlin", null, "10115", "DE"),
            ShipBy = new DateOnly(2026, 11, 23),
            DeliverBy = new DateOnly(2026, 11, 25),
            Lines = [.. lines.Select((l, i) => new OrderLineRecord(i + 1, l.Sku, l.Units, l.Lot, null, null, l.Units, "EA"))],
            AcceptedAt = default,
        };
    }

    /// <summary>Takes in an original order.</summary>
    public static Task<AcceptedOrder> PlaceAsync(TestWarehouse warehouse, OrderDocument draft) =>
        warehouse.Get<OrderIntake>().AcceptAsync(warehouse.Durable, draft, OrderAction.Original, CancellationToken.None);

    /// <summary>The stored order.</summary>
    public static async Task<OrderDocument> ReadAsync(TestWarehouse warehouse, string orderId) =>
        (await warehouse.Get<OrderRepository>().GetAsync(orderId, null, CancellationToken.None)).Value;

    /// <summary>
    /// Asserts the outbound invariants for the owner: every order line has shipped ≤ picked and allocated + picked +
    /// cancelled ≤ ordered, its allocation equals what its open pick tasks still reserve, and every location's pending out
    /// equals what the open pick tasks of all orders reserve there and never exceeds its stock on hand.
    /// </summary>
    public static async Task AssertOrdersMatchLedgerAsync(TestWarehouse warehouse)
    {
        var orders = await warehouse.AllAsync<OrderDocument>(Owner, OrderDocument.Kind);
        foreach (var order in orders)
        {
            foreach (var line in order.Lines)
            {
                Assert.True(line.Shipped <= line.Picked, $"{order.OrderId} line {line.LineNumber}: shipped {line.Shipped} > picked {line.Picked}");
                Assert.True(line.Allocated >= 0 && line.Picked >= 0 && line.Cancelled >= 0, $"{order.OrderId} line {line.LineNumber} has a negative quantity");
                Assert.True(line.Allocated + line.Picked + line.Cancelled <= line.Units, $"{order.OrderId} line {line.LineNumber}: more than ordered is covered");
                Assert.Equal(order.PickTasks.Where(t => t.LineNumber == line.LineNumber).Sum(t => t.Remaining), line.Allocated);
                Assert.Equal(order.PickTasks.Where(t => t.LineNumber == line.LineNumber).Sum(t => t.Picked), line.Picked);
            }
        }

        var reserved = orders.SelectMany(o => o.PickTasks).Where(t => t.Remaining > 0)
            .GroupBy(t => (t.Sku, t.Lot, t.Location)).ToDictionary(g => g.Key, g => (long)g.Sum(t => t.Remaining));
        var balances = await warehouse.AllAsync<BalanceDocument>(Owner, BalanceDocument.Kind);
        var pendingOut = balances.Where(b => b.Status == StockStatus.PendingOut && b.Quantity != 0).ToDictionary(b => (b.Sku, b.Lot, b.Location), b => b.Quantity);
        Assert.Equal(reserved.OrderBy(r => r.Key.ToString()), pendingOut.OrderBy(p => p.Key.ToString()));
        foreach (var (key, quantity) in pendingOut)
        {
            var onHand = balances.Where(b => b.Status == StockStatus.OnHand && b.Reference is null && (b.Sku, b.Lot, b.Location) == key).Sum(b => b.Quantity);
            Assert.True(quantity <= onHand, $"{key} reserves {quantity} but holds {onHand}");
        }

        await warehouse.AssertBalancesEqualLedgerAsync(Owner);
    }
}
