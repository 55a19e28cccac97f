using Logistics.Application.Common;
using Logistics.Application.Inbound;
using Logistics.Application.Tests.Support;
using Logistics.Application.Warehouse;
using Logistics.Storage.Messaging;

namespace Logistics.Application.Tests.Inbound;

/// <summary>Every committed step publishes its domain event to both subscriptions; a refused step publishes nothing.</summary>
public sealed class EventPublishingTests
{
    [Fact]
    public async Task Steps_publish_one_event_each_to_billing_and_reporting_and_refused_steps_none()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var queue = warehouse.Get<IMessageQueue>();

        var notice = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json("E-1", ("SKU-B", 4, "EA", null)), CancellationToken.None);
        await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json("E-1", ("SKU-B", 4, "EA", null)), CancellationToken.None);
        await Assert.ThrowsAsync<StateConflictException>(() =>
            warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json("E-1", ("SKU-B", 9, "EA", null)), CancellationToken.None));
        await Assert.ThrowsAsync<WarehouseValidationException>(() =>
            warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json("E-2", ("SKU-Z", 4, "EA", null)), CancellationToken.None));
        Assert.Equal(1, await CountAsync(queue, "billing"));

        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, notice.NoticeId, CancellationToken.None);
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, notice.NoticeId, new ScanInput("x", Sku: "SKU-B", Quantity: 4), CancellationToken.None);
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, notice.NoticeId, new ScanInput("x", Sku: "SKU-B", Quantity: 4), CancellationToken.None);

        // accepted, arrived, scanned, closed (by the completing scan); the repeats added nothing.
        Assert.Equal(4, await CountAsync(queue, "billing"));
        Assert.Equal(4, await CountAsync(queue, "reporting"));
    }

    private static Task<long> CountAsync(IMessageQueue queue, string subscription) =>
        queue.CountActiveAsync(EntityDefinition.SubscriptionPath(WarehouseStore.EventsTopic, subscription));
}
