using Logistics.Application.Inbound;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Functions.Tests.Inbound;

/// <summary>Invariant 7: a crash between an endpoint's commit and its event raise delays the notice but never strands it.</summary>
public sealed class LostMilestoneTests
{
    [Fact]
    public async Task An_arrival_committed_without_its_event_is_picked_up_by_the_periodic_recheck()
    {
        await using var host = await InboundHost.StartAsync();
        var json = """{"noticeNumber":"LOST-1","type":"stockTransfer","expectedDate":"2026-11-25","lines":[{"lineNumber":1,"sku":"BOOK-002","quantity":1,"unit":"CA"}]}""";
        await host.OkAsync(HttpMethod.Post, "/api/notices", host.Keys.PublisherA, json);
        await host.WaitForNoticeAsync("acme~LOST-1", n => InboundHost.AtStage(n, "AwaitingArrival"), "awaiting arrival");

        // The arrival's state change commits, then the process "dies" before raising DockArrival.
        var container = host.App.Get<IDocumentStore>().GetContainer(WarehouseStore.ContainerName);
        var notice = (await container.ReadAsync<NoticeDocument>(NoticeDocument.IdOf("acme~LOST-1"), "acme"))!;
        await container.ReplaceAsync(notice.Value with { Progress = NoticeProgress.Receiving, ArrivedAt = host.Time.GetUtcNow() }, notice.ETag);
        host.Time.Advance(TimeSpan.FromHours(1));
        var still = await host.OkAsync(HttpMethod.Get, "/api/notices/acme~LOST-1", host.Keys.PublisherA);
        Assert.True(InboundHost.AtStage(still, "AwaitingArrival"));

        host.Time.Advance(TimeSpan.FromHours(4));
        var receiving = await host.WaitForNoticeAsync("acme~LOST-1", n => InboundHost.AtStage(n, "Receiving"), "the re-check to notice the arrival");
        Assert.Equal("ReceiptClosed", receiving.GetProperty("customStatus").GetProperty("waitingFor").GetString());
    }
}
