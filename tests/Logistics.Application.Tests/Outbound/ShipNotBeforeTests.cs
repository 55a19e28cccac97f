using System.Text.Json;
using Logistics.Application.Inventory;
using Logistics.Application.Outbound;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Inventory;
using Logistics.Domain.Outbound;

namespace Logistics.Application.Tests.Outbound;

/// <summary>An order with a ship-not-before day reserves nothing and sends nobody to pick before that day begins.</summary>
public class ShipNotBeforeTests
{
    private static readonly TimeSpan WorkerTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_order_waits_for_its_ship_not_before_day_and_allocates_when_it_begins()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        await Notices.RegisterItemsAsync(warehouse);
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-01", 10);
        var release = DateOnly.FromDateTime(warehouse.Clock.GetUtcNow().UtcDateTime).AddDays(2);
        var placed = await Orders.PlaceAsync(warehouse, Orders.Draft("SO-LATER", ShippingPolicy.ShipPartial, ("SKU-B", 4, null)) with
        {
            ShipNotBefore = release,
            ShipBy = release.AddDays(1),
        });

        var waiting = await StatusAsync(warehouse, placed.OrderId, s => s.GetProperty("stage").GetString() == "AwaitingReleaseDate");
        Assert.Equal(new DateTimeOffset(release.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), waiting.GetProperty("until").GetDateTimeOffset());
        Assert.Equal(0, await PendingOutAsync(warehouse));
        Assert.Equal(OrderStage.Received, (await Orders.ReadAsync(warehouse, placed.OrderId)).Stage);

        warehouse.Clock.Advance(waiting.GetProperty("nextCheck").GetDateTimeOffset() - warehouse.Clock.GetUtcNow());
        while (warehouse.Clock.GetUtcNow() < new DateTimeOffset(release.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
        {
            // The wait re-checks every few hours before the day; follow its wake-ups until the day begins.
            var next = await StatusAsync(warehouse, placed.OrderId, s => s.TryGetProperty("nextCheck", out var at) && at.ValueKind == JsonValueKind.String
                && at.GetDateTimeOffset() > warehouse.Clock.GetUtcNow());
            warehouse.Clock.Advance(next.GetProperty("nextCheck").GetDateTimeOffset() - warehouse.Clock.GetUtcNow());
        }

        await StatusAsync(warehouse, placed.OrderId, s => s.GetProperty("stage").GetString() == "Picking");
        Assert.Equal(4, await PendingOutAsync(warehouse));
        await Orders.AssertOrdersMatchLedgerAsync(warehouse);
    }

    private static async Task<long> PendingOutAsync(TestWarehouse warehouse) =>
        (await warehouse.AllAsync<BalanceDocument>(Orders.Owner, BalanceDocument.Kind)).Where(b => b.Status == StockStatus.PendingOut).Sum(b => b.Quantity);

    // Bounded wait for the background worker (never a wait on time behaviour: the test's clock drives every timer).
    private static async Task<JsonElement> StatusAsync(TestWarehouse warehouse, string orderId, Func<JsonElement, bool> until)
    {
        var deadline = DateTime.UtcNow + WorkerTimeout;
        string? last = null;
        while (DateTime.UtcNow < deadline)
        {
            var instance = await warehouse.Durable.GetInstanceAsync(OrderIds.InstanceOf(orderId), getInputsAndOutputs: true);
            last = instance?.SerializedCustomStatus;
            if (last is not null)
            {
                using var document = JsonDocument.Parse(last);
                if (until(document.RootElement))
                {
                    return document.RootElement.Clone();
                }
            }

            await Task.Delay(10);
        }

        Assert.Fail($"Timed out waiting for the order's status; last: {last ?? "(none)"}");
        return default;
    }
}
