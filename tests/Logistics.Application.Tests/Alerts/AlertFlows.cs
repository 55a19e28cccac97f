using System.Text.Json;
using Logistics.Application.Alerts;
using Logistics.Application.Events;
using Logistics.Application.Inbound;
using Logistics.Application.Outbound;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Outbound;
using Logistics.Storage.Documents;

namespace Logistics.Application.Tests.Alerts;

/// <summary>
/// Real stock flows for the alert tests (a notice received and put away, an order allocated, picked, packed and handed
/// over), the alerts consumer drained as its timer would, and every alert event published so far.
/// </summary>
public static class AlertFlows
{
    public const string Owner = Notices.Owner;

    /// <summary>Accepts a notice for <paramref name="units"/> of one item and lot, receives it whole and puts it away.</summary>
    public static async Task<string> ReceiveAsync(TestWarehouse warehouse, string number, string sku, int units, string? lot = null, DateOnly? expiry = null)
    {
        var notice = await AcceptAsync(warehouse, number, sku, units, lot);
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, notice, CancellationToken.None);
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, notice, new ScanInput($"{number}-s", Sku: sku, Lot: lot, Expiry: expiry, Quantity: units), CancellationToken.None);
        await warehouse.Receiving.CloseAsync(warehouse.Durable, notice, CancellationToken.None, alreadyClosedIsFine: true);
        await warehouse.Putaway.PlanAsync(notice, CancellationToken.None);
        foreach (var task in await warehouse.Putaway.ListAsync(notice, openOnly: true, CancellationToken.None))
        {
            await warehouse.Putaway.ConfirmAsync(warehouse.Durable, notice, task.TaskNumber, CancellationToken.None);
        }

        return notice;
    }

    /// <summary>Accepts a notice (its units count as pending in, so as available).</summary>
    public static async Task<string> AcceptAsync(TestWarehouse warehouse, string number, string sku, int units, string? lot = null) =>
        (await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Owner, Notices.Json(number, (sku, units, "EA", lot)), CancellationToken.None)).NoticeId;

    /// <summary>Places an order for <paramref name="units"/> of one item and allocates it (available drops by the units).</summary>
    public static async Task<string> AllocateAsync(TestWarehouse warehouse, string number, string sku, int units, string? lot = null)
    {
        var placed = await Orders.PlaceAsync(warehouse, Orders.Draft(number, ShippingPolicy.ShipPartial, (sku, units, lot)));
        var order = await warehouse.Get<OrderAllocation>().AllocateAsync(Owner, placed.OrderId, CancellationToken.None);
        Assert.Equal(units, order.Lines.Sum(l => l.Allocated));
        return placed.OrderId;
    }

    /// <summary>Picks, packs and hands over an allocated order.</summary>
    public static async Task ShipAsync(TestWarehouse warehouse, string orderId)
    {
        var order = await Orders.ReadAsync(warehouse, orderId);
        foreach (var task in order.PickTasks.Where(t => t.IsOpen))
        {
            await warehouse.Get<OrderPicking>().RecordAsync(warehouse.Durable, orderId,
                new PickScanInput($"p-{orderId}-{task.TaskNumber}", task.TaskNumber, task.Location, Sku: task.Sku, Lot: task.Lot, Quantity: task.Units - task.Picked), CancellationToken.None);
        }

        order = await Orders.ReadAsync(warehouse, orderId);
        var contents = order.Unpacked().Select(c => new CartonLineInput(c.LineNumber, c.Lot, c.Units)).ToList();
        await warehouse.Get<OrderPacking>().PackAsync(warehouse.Durable, orderId, new PackInput([new CartonInput($"C-{orderId}", 1.5m, contents)]), CancellationToken.None);
        await warehouse.Get<OrderHandover>().HandOverAsync(warehouse.Durable, orderId, new HandoverInput("DHLX", "GROUND", $"T-{order.OrderNumber}"), CancellationToken.None);
    }

    /// <summary>Sets the owner's alert settings.</summary>
    public static Task SettingsAsync(TestWarehouse warehouse, long lowStockThreshold, int expiryWindowDays = 30, params SkuThreshold[] skuThresholds) =>
        warehouse.Get<AlertSettings>().PutAsync(Owner, lowStockThreshold, skuThresholds, expiryWindowDays, CancellationToken.None);

    /// <summary>Drains the alerts subscription once, as the <c>AlertEvents</c> timer does.</summary>
    public static Task<DrainReport> DrainAsync(TestWarehouse warehouse) =>
        warehouse.Get<EventConsumer>().DrainAsync(warehouse.Get<StockAlertHandler>(), TimeSpan.Zero, CancellationToken.None);

    /// <summary>The owner's alert documents.</summary>
    public static Task<List<StockAlertDocument>> AlertsAsync(TestWarehouse warehouse) => warehouse.AllAsync<StockAlertDocument>(Owner, StockAlertDocument.Kind);

    /// <summary>
    /// Takes every event published since the last call off the <c>reporting</c> subscription (which these tests do not
    /// otherwise drain) and appends the alert events to <paramref name="seen"/>.
    /// </summary>
    public static async Task<List<WarehouseEvent>> AlertEventsAsync(TestWarehouse warehouse, List<WarehouseEvent>? seen = null)
    {
        seen ??= [];
        var recorder = new Recorder();
        await warehouse.Get<EventConsumer>().DrainAsync(recorder, TimeSpan.Zero, CancellationToken.None);
        seen.AddRange(recorder.Events.Where(e => e.Type is EventTypes.StockAlertRaised or EventTypes.StockAlertCleared));
        return seen;
    }

    /// <summary>A readable line per alert event: <c>Raised LowStock SKU-B #1</c>.</summary>
    public static string Describe(WarehouseEvent e)
    {
        var payload = (JsonElement)e.Payload!;
        var lot = payload.TryGetProperty("lot", out var value) ? "/" + value.GetString() : string.Empty;
        return $"{(e.Type == EventTypes.StockAlertRaised ? "Raised" : "Cleared")} {payload.GetProperty("kind").GetString()} {payload.GetProperty("sku").GetString()}{lot} #{payload.GetProperty("occurrence").GetInt32()}";
    }

    private sealed class Recorder : IEventHandler
    {
        public List<WarehouseEvent> Events { get; } = [];

        public string Subscription => "reporting";

        public Task ApplyAsync(WarehouseEvent warehouseEvent, IDocumentContainer warehouse, IDocumentBatch batch, CancellationToken cancellationToken)
        {
            Events.Add(warehouseEvent);
            return Task.CompletedTask;
        }
    }
}
