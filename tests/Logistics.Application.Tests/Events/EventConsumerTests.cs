using Logistics.Application.Billing;
using Logistics.Application.Events;
using Logistics.Application.Reports.Activity;
using Logistics.Application.Tests.Support;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;
using Logistics.Storage.Messaging;

namespace Logistics.Application.Tests.Events;

/// <summary>
/// Delivery of warehouse events to billing and reporting on the embedded queue: applied once however often delivered,
/// failures retried with back-off on the test clock and then dead-lettered with their reason, re-drive delivers again.
/// </summary>
public sealed class EventConsumerTests
{
    private const string Owner = "acme";

    [Fact]
    public async Task An_event_delivered_three_times_is_applied_once_by_each_consumer()
    {
        await using var warehouse = new TestWarehouse();
        var queue = await QueueAsync(warehouse);
        var shipped = new WarehouseEvent("acme~O-1/shipped/S1", EventTypes.OrderShipped, Owner, "acme~O-1", warehouse.Clock.GetUtcNow(), new { cartons = 2, units = 12, weightKg = 7.5 });
        await queue.SendAsync([shipped.ToMessage(), shipped.ToMessage(), shipped.ToMessage()]);

        var billing = await DrainAsync(warehouse, warehouse.Get<BillingRater>());
        var reporting = await DrainAsync(warehouse, warehouse.Get<DailyActivityProjection>());

        Assert.Equal((1, 2, 0, 0), (billing.Applied, billing.Duplicates, billing.Retried, billing.DeadLettered));
        Assert.Equal((1, 2), (reporting.Applied, reporting.Duplicates));
        // No rate card yet: shipping handling per shipment, carton and kg, each flagged rather than dropped.
        var lines = await warehouse.AllAsync<ChargeLineDocument>(Owner, ChargeLineDocument.Kind);
        Assert.Equal([("carton", 2m), ("kg", 7.5m), ("shipment", 1m)], lines.Select(l => (l.Basis, l.Quantity)).Order());
        Assert.All(lines, l => Assert.Equal((shipped.Id, EventTypes.OrderShipped, "2026-11", ChargeLineDocument.Unrated), (l.EventId, l.EventType, l.Period, l.Status)));
        var day = Assert.Single(await warehouse.AllAsync<DailyActivity>(Owner, DailyActivity.Kind));
        Assert.Equal(1, day.Events[EventTypes.OrderShipped]);
        Assert.Equal(12, day.Units[EventTypes.OrderShipped]);
        Assert.Equal(0, await queue.CountActiveAsync(Path(BillingRater.SubscriptionName)));
    }

    [Fact]
    public async Task A_single_message_as_a_trigger_would_hand_it_is_applied_once()
    {
        await using var warehouse = new TestWarehouse();
        var consumer = warehouse.Get<EventConsumer>();
        var billing = warehouse.Get<BillingRater>();
        var body = new WarehouseEvent("acme~O-2/packed/C1", EventTypes.OrderPacked, Owner, "acme~O-2", warehouse.Clock.GetUtcNow(), new { cartons = 1, units = 4 }).ToMessage().Body;

        Assert.True(await consumer.ApplyOnceAsync(billing, WarehouseEvent.Parse(body), CancellationToken.None));
        Assert.False(await consumer.ApplyOnceAsync(billing, WarehouseEvent.Parse(body), CancellationToken.None));

        Assert.Equal(["carton", "order"], (await warehouse.AllAsync<ChargeLineDocument>(Owner, ChargeLineDocument.Kind)).Select(l => l.Basis).Order());
    }

    [Fact]
    public async Task Concurrent_consumers_apply_every_event_exactly_once_whatever_the_duplicates()
    {
        await using var warehouse = new TestWarehouse();
        var queue = await QueueAsync(warehouse);
        var random = new Random(20261130);
        var events = Enumerable.Range(1, 60)
            .Select(i => new WarehouseEvent($"acme~O-{i}/picked", i % 3 == 0 ? EventTypes.ShortPick : EventTypes.Picked, Owner, $"acme~O-{i}", warehouse.Clock.GetUtcNow(), new { units = i }))
            .ToList();
        var deliveries = events.SelectMany(e => Enumerable.Repeat(e, random.Next(1, 4))).OrderBy(_ => random.Next()).Select(e => e.ToMessage()).ToList();
        await queue.SendAsync(deliveries);
        var consumer = warehouse.Get<EventConsumer>();
        var projection = warehouse.Get<DailyActivityProjection>();

        // Four drains race over one subscription: duplicates of one event and events of one day meet in parallel.
        // A delivery that keeps losing races is given back for a later retry: drain (moving the clock past the back-off)
        // until the subscription is empty.
        var reports = new List<DrainReport>();
        while (await queue.CountActiveAsync(Path(DailyActivityProjection.SubscriptionName)) > 0)
        {
            reports.AddRange(await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => consumer.DrainAsync(projection, TimeSpan.Zero, CancellationToken.None)))));
            warehouse.Clock.Advance(new EventConsumerOptions().MaxRetryDelay);
        }

        Assert.Equal(events.Count, reports.Sum(r => r.Applied));
        Assert.Equal(deliveries.Count - events.Count, reports.Sum(r => r.Duplicates));
        Assert.Equal(0, reports.Sum(r => r.DeadLettered));
        var day = Assert.Single(await warehouse.AllAsync<DailyActivity>(Owner, DailyActivity.Kind));
        Assert.Equal(events.Count(e => e.Type == EventTypes.Picked), day.Events[EventTypes.Picked]);
        Assert.Equal(events.Count(e => e.Type == EventTypes.ShortPick), day.Events[EventTypes.ShortPick]);
        Assert.Equal(Enumerable.Range(1, 60).Sum(), day.Units.Values.Sum());
        Assert.Equal(events.Count, (await warehouse.AllAsync<HandledEvent>(Owner, HandledEvent.Kind)).Count);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_with_growing_back_off_then_dead_lettered_with_its_reason_and_re_drive_delivers_it()
    {
        await using var warehouse = new TestWarehouse();
        var queue = await QueueAsync(warehouse);
        var options = new EventConsumerOptions();
        var handler = new FailingHandler(warehouse.Get<BillingRater>());
        var picked = new WarehouseEvent("acme~O-9/pick/s1", EventTypes.Picked, Owner, "acme~O-9", warehouse.Clock.GetUtcNow(), new { line = 1, sku = "SKU-B", units = 3 });
        await queue.SendAsync([picked.ToMessage()]);

        // Deliveries 1..4 fail and are given back; each waits twice as long as the one before (10 s, 20 s, 40 s, 80 s).
        for (var delivery = 1; delivery < options.MaxDeliveries; delivery++)
        {
            Assert.Equal(1, (await DrainAsync(warehouse, handler)).Retried);
            var delay = options.RetryDelay(delivery);
            Assert.Equal(TimeSpan.FromSeconds(10 * Math.Pow(2, delivery - 1)), delay);
            warehouse.Clock.Advance(delay - TimeSpan.FromSeconds(1));
            Assert.Equal(0, (await DrainAsync(warehouse, handler)).Received);
            warehouse.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Equal(1, (await DrainAsync(warehouse, handler)).DeadLettered);
        Assert.Equal(options.MaxDeliveries, handler.Calls);
        var letter = Assert.Single(await queue.ListDeadLettersAsync(Path(BillingRater.SubscriptionName)));
        Assert.Contains("billing failed on delivery 5 of 5", letter.Reason, StringComparison.Ordinal);
        Assert.Contains("rate card unavailable", letter.Reason, StringComparison.Ordinal);
        Assert.Empty(await warehouse.AllAsync<ChargeLineDocument>(Owner, ChargeLineDocument.Kind));

        handler.Healthy = true;
        Assert.Equal(1, await queue.RedriveDeadLettersAsync(Path(BillingRater.SubscriptionName)));
        Assert.Equal(1, (await DrainAsync(warehouse, handler)).Applied);
        var lines = await warehouse.AllAsync<ChargeLineDocument>(Owner, ChargeLineDocument.Kind);
        Assert.Equal(["line", "order", "unit"], lines.Select(l => l.Basis).Order());
        Assert.All(lines, l => Assert.Equal(picked.Id, l.EventId));
        Assert.Empty(await queue.ListDeadLettersAsync(Path(BillingRater.SubscriptionName)));
    }

    [Theory]
    [InlineData("{\"hello\":1}", "has no 'schemaVersion'")]
    [InlineData("""{"id":"e","type":"Picked","owner":"acme","subject":"s","occurredAt":"2026-11-21T09:30:00Z","schemaVersion":9}""", "schema version 9")]
    public async Task An_unreadable_message_is_dead_lettered_at_once_and_changes_nothing(string body, string reason)
    {
        await using var warehouse = new TestWarehouse();
        var queue = await QueueAsync(warehouse);
        await queue.SendAsync([new OutgoingMessage(WarehouseStore.EventsTopic, body)]);

        var report = await DrainAsync(warehouse, warehouse.Get<BillingRater>());

        Assert.Equal((0, 1), (report.Applied, report.DeadLettered));
        var letter = Assert.Single(await queue.ListDeadLettersAsync(Path(BillingRater.SubscriptionName)));
        Assert.Equal(1, letter.DeliveryCount);
        Assert.Contains(reason, letter.Reason, StringComparison.Ordinal);
        Assert.Empty(await warehouse.AllAsync<HandledEvent>(Owner, HandledEvent.Kind));
    }

    [Fact]
    public async Task A_warehouse_step_reaches_billing_and_reporting_through_the_outbox()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var notice = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json("EV-1", ("SKU-B", 4, "EA", null)), CancellationToken.None);

        await DrainAsync(warehouse, warehouse.Get<BillingRater>());
        await DrainAsync(warehouse, warehouse.Get<DailyActivityProjection>());

        // Billing received it (its mark) and charged nothing: accepting a notice is no work.
        var marks = await warehouse.AllAsync<HandledEvent>(Notices.Owner, HandledEvent.Kind);
        Assert.Contains(marks, m => m.Consumer == BillingRater.SubscriptionName && m.EventId == $"{notice.NoticeId}/accepted");
        Assert.Empty(await warehouse.AllAsync<ChargeLineDocument>(Notices.Owner, ChargeLineDocument.Kind));
        var day = Assert.Single(await warehouse.Get<ActivityQueries>().ListAsync(Notices.Owner, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), CancellationToken.None));
        Assert.Equal(new DateOnly(2026, 11, 21), day.Date);
        Assert.Equal(4, day.Units[EventTypes.InboundNoticeAccepted]);
    }

    private static string Path(string subscription) => EntityDefinition.SubscriptionPath(WarehouseStore.EventsTopic, subscription);

    private static async Task<IMessageQueue> QueueAsync(TestWarehouse warehouse)
    {
        await warehouse.Get<WarehouseStore>().ContainerAsync(CancellationToken.None);
        return warehouse.Get<IMessageQueue>();
    }

    private static Task<DrainReport> DrainAsync(TestWarehouse warehouse, IEventHandler handler) =>
        warehouse.Get<EventConsumer>().DrainAsync(handler, TimeSpan.Zero, CancellationToken.None);

    // The billing rater behind a switch: throws (as a handler whose dependency is down) until it is healthy again.
    private sealed class FailingHandler(IEventHandler inner) : IEventHandler
    {
        public bool Healthy { get; set; }

        public int Calls { get; private set; }

        public string Subscription => inner.Subscription;

        public Task ApplyAsync(WarehouseEvent warehouseEvent, IDocumentContainer warehouse, IDocumentBatch batch, CancellationToken cancellationToken)
        {
            Calls++;
            return Healthy
                ? inner.ApplyAsync(warehouseEvent, warehouse, batch, cancellationToken)
                : throw new InvalidOperationException("rate card unavailable");
        }
    }
}
