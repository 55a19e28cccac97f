using Logistics.Application.Billing;
using Logistics.Application.Events;
using Logistics.Application.Inbound;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.Billing;

/// <summary>
/// The billing consumer rates every billable event into charge lines against the rate card in effect: each basis,
/// once-per-order charges, duplicates, and activity no card prices flagged as unrated rather than dropped.
/// </summary>
public sealed class BillingRaterTests
{
    private static readonly DateTimeOffset Nov21 = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_closed_receipt_from_the_floor_is_charged_per_unit_line_and_carton_with_the_humidity_surcharge()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await warehouse.Items.PutAsync(Rating.Owner, "SKU-H", new Logistics.Application.Items.ItemInput("Humid item", Handling: ["HumidityControlled"]), CancellationToken.None);
        await Rating.CardAsync(warehouse, "2026-11-01",
            (BillingCatalog.Receiving, "unit", 0.10m), (BillingCatalog.Receiving, "line", 1m), (BillingCatalog.Receiving, "carton", 0.5m),
            (BillingCatalog.HumidityControlled, "unitReceived", 0.2m));
        var accepted = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Rating.Owner,
            Notices.Json("BILL-1", ("SKU-B", 5, "EA", null), ("SKU-C", 13, "EA", null), ("SKU-H", 2, "EA", null)), CancellationToken.None);
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, accepted.NoticeId, CancellationToken.None);
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, accepted.NoticeId, new ScanInput("s1", Sku: "SKU-B", Quantity: 5), CancellationToken.None);
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, accepted.NoticeId, new ScanInput("s2", Sku: "SKU-C", Quantity: 13), CancellationToken.None);
        // The last expected unit closes the receipt.
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, accepted.NoticeId, new ScanInput("s3", Sku: "SKU-H", Quantity: 2), CancellationToken.None);

        await Rating.DrainAsync(warehouse);

        // 5 + 13 + 2 units on 3 lines; cartons: 5 (cases of 1) + 3 (13 in cases of 6) + 2. The acceptance, arrival (no
        // pallet rate) and scans are no charge.
        var quantities = await Rating.QuantitiesAsync(warehouse);
        Assert.Equal(20m, quantities[(BillingCatalog.Receiving, "unit")]);
        Assert.Equal(3m, quantities[(BillingCatalog.Receiving, "line")]);
        Assert.Equal(10m, quantities[(BillingCatalog.Receiving, "carton")]);
        Assert.Equal(2m, quantities[(BillingCatalog.HumidityControlled, "unitReceived")]);
        var lines = await Rating.LinesAsync(warehouse);
        Assert.Equal(4, lines.Count);
        Assert.All(lines, l => Assert.Equal((EventTypes.ReceiptClosed, "2026-11", "2026-11-01", ChargeLineDocument.Rated), (l.EventType, l.Period, l.RateCardVersion, l.Status)));
    }

    [Fact]
    public async Task A_dock_arrival_reporting_its_pallets_is_charged_per_pallet()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await Rating.CardAsync(warehouse, "2026-11-01", (BillingCatalog.Receiving, "pallet", 12m));
        var accepted = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Rating.Owner, Notices.Json("BILL-P", ("SKU-B", 5, "EA", null)), CancellationToken.None);

        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, accepted.NoticeId, CancellationToken.None, pallets: 3);
        await Rating.DrainAsync(warehouse);

        var line = Assert.Single(await Rating.LinesAsync(warehouse));
        Assert.Equal((EventTypes.DockArrival, "pallet", 3m, ChargeLineDocument.Rated), (line.EventType, line.Basis, line.Quantity, line.Status));
    }

    [Fact]
    public async Task Every_billable_event_type_is_charged_on_its_bases_and_milestones_on_none()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await warehouse.Items.PutAsync(Rating.Owner, "SKU-M", new Logistics.Application.Items.ItemInput("Tape", Handling: ["MagneticMedia"]), CancellationToken.None);
        await Rating.CardAsync(warehouse, "2026-11-01", "EUR", [.. BillingCatalog.Bases
            .Where(b => b.Key != BillingCatalog.Minimum)
            .SelectMany(b => b.Value.Select(basis => new RateInput(b.Key, basis, 1m, null)))]);
        WarehouseEvent[] events =
        [
            Rating.Event("N1/putaway/1", EventTypes.PutawayConfirmed, "N1", Nov21, new { task = 1, sku = "SKU-B", units = 7 }),
            Rating.Event("O1/pick/a", EventTypes.Picked, "O1", Nov21, new { task = 1, line = 1, sku = "SKU-M", units = 4, missing = 0 }),
            Rating.Event("O1/pick/b", EventTypes.ShortPick, "O1", Nov21, new { task = 2, line = 1, sku = "SKU-M", units = 2, missing = 1 }),
            Rating.Event("O1/pick/c", EventTypes.Picked, "O1", Nov21, new { task = 3, line = 2, sku = "SKU-B", units = 3, missing = 0 }),
            Rating.Event("O1/packed/C1", EventTypes.OrderPacked, "O1", Nov21, new { cartons = 2, units = 6, weightKg = 4.5 }),
            Rating.Event("O1/packed/C3", EventTypes.OrderPacked, "O1", Nov21, new { cartons = 1, units = 3, weightKg = 1.5 }),
            Rating.Event("O1/shipped/S1", EventTypes.OrderShipped, "O1", Nov21, new { shipment = "S1", cartons = 3, units = 9, weightKg = 6.25 }),
            Rating.Event("R1/received", EventTypes.ReturnReceived, "R1", Nov21, new { returnNumber = "FD-O1-S1", units = 9, overReturned = 0 }),
            Rating.Event("J1/done", EventTypes.ValueAddedWorkCompleted, "J1", Nov21, new { job = "J1", kind = "kitting", units = 12 }),
            Rating.Event("storage/2026-11-20", EventTypes.StorageSnapshotTaken, "storageSnapshot~2026-11-20", Nov21,
                new { date = "2026-11-20", units = 500, locations = 12, humidityUnits = 0, magneticUnits = 40 }),
            Rating.Event("N1/accepted", EventTypes.InboundNoticeAccepted, "N1", Nov21, new { lines = 1, units = 7 }),
            Rating.Event("O1/allocated/1", EventTypes.OrderAllocated, "O1", Nov21, new { round = 1, units = 9 }),
            Rating.Event("O1/tracking/S1/t", EventTypes.ShipmentInTransit, "O1", Nov21, new { shipment = "S1", units = 9 }),
            Rating.Event("O1/tracking/S1/d", EventTypes.OrderDelivered, "O1", Nov21, new { shipment = "S1", units = 9 }),
            Rating.Event("O1/tracking/S2/f", EventTypes.DeliveryFailed, "O1", Nov21, new { shipment = "S2", units = 9 }),
            Rating.Event("R1/accepted", EventTypes.ReturnNoticeAccepted, "R1", Nov21, new { returnNumber = "FD-O1-S1", lines = 1, units = 9 }),
        ];
        foreach (var warehouseEvent in events)
        {
            Assert.True(await Rating.ApplyAsync(warehouse, warehouseEvent));
        }

        var expected = new Dictionary<(string, string), decimal>
        {
            [(BillingCatalog.Putaway, "unit")] = 7,
            [(BillingCatalog.Picking, "unit")] = 9,
            [(BillingCatalog.Picking, "line")] = 2,
            [(BillingCatalog.Picking, "order")] = 1,
            [(BillingCatalog.MagneticMedia, "unitPicked")] = 6,
            [(BillingCatalog.Packing, "carton")] = 3,
            [(BillingCatalog.Packing, "order")] = 1,
            [(BillingCatalog.ShippingHandling, "shipment")] = 1,
            [(BillingCatalog.ShippingHandling, "carton")] = 3,
            [(BillingCatalog.ShippingHandling, "kg")] = 6.25m,
            [(BillingCatalog.ReturnsProcessing, "return")] = 1,
            [(BillingCatalog.ReturnsProcessing, "unit")] = 9,
            [(BillingCatalog.ValueAddedWork, "job")] = 1,
            [(BillingCatalog.ValueAddedWork, "unit")] = 12,
            [(BillingCatalog.Storage, "unitDay")] = 500,
            [(BillingCatalog.Storage, "locationDay")] = 12,
            [(BillingCatalog.MagneticMedia, "unitDay")] = 40,
        };
        Assert.Equal(expected.OrderBy(e => e.Key), (await Rating.QuantitiesAsync(warehouse)).OrderBy(e => e.Key));
        Assert.Empty(await Rating.QuantitiesAsync(warehouse, ChargeLineDocument.Unrated));
        var period = Assert.Single(await warehouse.AllAsync<BillingPeriodDocument>(Rating.Owner, BillingPeriodDocument.Kind));
        Assert.Equal(("2026-11", BillingPeriodDocument.Open, (long)(await Rating.LinesAsync(warehouse)).Count), (period.Period, period.Status, period.Lines));
    }

    [Fact]
    public async Task A_duplicate_delivery_is_charged_once()
    {
        await using var warehouse = new TestWarehouse();
        await Rating.CardAsync(warehouse, "2026-11-01", (BillingCatalog.Picking, "unit", 0.3m));
        var picked = Rating.Event("O2/pick/a", EventTypes.Picked, "O2", Nov21, new { line = 1, sku = "SKU-B", units = 5 });

        Assert.True(await Rating.ApplyAsync(warehouse, picked));
        Assert.False(await Rating.ApplyAsync(warehouse, picked));
        await warehouse.Get<Storage.Messaging.IMessageQueue>().SendAsync([picked.ToMessage(), picked.ToMessage()]);
        var report = await Rating.DrainAsync(warehouse);

        Assert.Equal((0, 2), (report.Applied, report.Duplicates));
        var line = Assert.Single(await Rating.LinesAsync(warehouse));
        Assert.Equal((BillingCatalog.Picking, "unit", 5m, picked.Id), (line.Service, line.Basis, line.Quantity, line.EventId));
    }

    [Fact]
    public async Task Activity_without_a_card_or_without_a_rate_for_the_offered_basis_is_unrated_with_the_reason()
    {
        await using var warehouse = new TestWarehouse();
        var before = Rating.Event("O3/pick/a", EventTypes.Picked, "O3", new DateTimeOffset(2026, 10, 30, 10, 0, 0, TimeSpan.Zero), new { line = 1, sku = "SKU-B", units = 2 });
        await Rating.ApplyAsync(warehouse, before);

        // From November: receiving per pallet only (nothing prices the receipt's units, lines or cartons), packing per order only.
        await Rating.CardAsync(warehouse, "2026-11-01", (BillingCatalog.Receiving, "pallet", 10m), (BillingCatalog.Packing, "order", 1m));
        await Rating.ApplyAsync(warehouse, Rating.Event("N3/closed", EventTypes.ReceiptClosed, "N3", Nov21,
            new { results = new[] { new { line = 1, item = "SKU-B", good = 4, damaged = 1 } } }));
        await Rating.ApplyAsync(warehouse, Rating.Event("N3/arrived", EventTypes.DockArrival, "N3", Nov21, new { dock = "DOCK-1" }));
        await Rating.ApplyAsync(warehouse, Rating.Event("O4/packed/C1", EventTypes.OrderPacked, "O4", Nov21, new { cartons = 2, units = 5, weightKg = 3 }));
        await Rating.ApplyAsync(warehouse, Rating.Event("O4/shipped/S1", EventTypes.OrderShipped, "O4", Nov21, new { shipment = "S1", cartons = 2, units = 5, weightKg = 3 }));

        var lines = await Rating.LinesAsync(warehouse);
        string Reason(string eventId, string basis) => Assert.Single(lines, l => l.EventId == $"{Rating.Owner}~{eventId}" && l.Basis == basis).Reason!;
        Assert.Equal("no rate card in effect on 2026-10-30", Reason("O3/pick/a", "unit"));
        Assert.Equal("no rate card in effect on 2026-10-30", Reason("O3/pick/a", "order"));
        Assert.Equal("rate card 2026-11-01 has no rate for receiving per unit", Reason("N3/closed", "unit"));
        Assert.Equal("rate card 2026-11-01 has no rate for receiving per carton", Reason("N3/closed", "carton"));
        Assert.Equal("pallet count not reported", Reason("N3/arrived", "pallet"));
        Assert.Equal("rate card 2026-11-01 has no rate for shippingHandling per kg", Reason("O4/shipped/S1", "kg"));
        // Packing is priced per order, so the event's cartons are not a missing rate.
        Assert.DoesNotContain(lines, l => l.Service == BillingCatalog.Packing && l.Basis == "carton");
        Assert.Equal(ChargeLineDocument.Rated, Assert.Single(lines, l => l.Service == BillingCatalog.Packing).Status);
        Assert.Equal(1, lines.Count(l => l.Status == ChargeLineDocument.Rated));
        Assert.Equal(("2026-10", "2026-11"), (lines.Single(l => l.EventId.EndsWith("O3/pick/a", StringComparison.Ordinal) && l.Basis == "unit").Period, Assert.Single(lines, l => l.Basis == "pallet").Period));
    }

    [Fact]
    public async Task The_card_version_in_effect_at_the_event_rates_it()
    {
        await using var warehouse = new TestWarehouse();
        await Rating.CardAsync(warehouse, "2026-11-01", (BillingCatalog.Putaway, "unit", 0.1m));
        await Rating.CardAsync(warehouse, "2026-11-15", (BillingCatalog.Putaway, "unit", 0.2m));

        await Rating.ApplyAsync(warehouse, Rating.Event("N4/putaway/1", EventTypes.PutawayConfirmed, "N4", new DateTimeOffset(2026, 11, 14, 23, 0, 0, TimeSpan.Zero), new { units = 1 }));
        await Rating.ApplyAsync(warehouse, Rating.Event("N4/putaway/2", EventTypes.PutawayConfirmed, "N4", new DateTimeOffset(2026, 11, 15, 0, 0, 0, TimeSpan.Zero), new { units = 1 }));

        Assert.Equal(["2026-11-01", "2026-11-15"], (await Rating.LinesAsync(warehouse)).OrderBy(l => l.OccurredAt).Select(l => l.RateCardVersion));
    }
}
