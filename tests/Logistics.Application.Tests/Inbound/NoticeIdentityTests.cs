using System.Text.Json;
using Logistics.Application.Common;
using Logistics.Application.Inbound;
using Logistics.Application.Inventory;
using Logistics.Application.Tests.Support;
using Logistics.Application.Tests.Workflow;
using Logistics.Domain.Inventory;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Tests.Inbound;

/// <summary>
/// A notice number names one notice: a repeat changes nothing, other content is refused unless the sender declares a
/// replacement or a cancellation, and those are applied only while the goods have not arrived.
/// </summary>
public sealed class NoticeIdentityTests
{
    [Fact]
    public async Task A_replacement_before_arrival_rebooks_the_pending_in_and_moves_the_deadline()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        await Notices.RegisterItemsAsync(warehouse);
        var original = await PostAsync(warehouse, "ID-1", "original", "2026-11-22", 5);
        var flow = new InboundFlow(warehouse, original.NoticeId);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), (await flow.AtStageAsync("AwaitingArrival")).GetProperty("until").GetDateTimeOffset());

        var replaced = await PostAsync(warehouse, "ID-1", "replace", "2026-11-25", 7, sku: "SKU-C", unit: "CA");

        Assert.False(replaced.IsNew);
        var notice = await NoticeAsync(warehouse, original.NoticeId);
        Assert.Equal(1, notice.Revision);
        Assert.Equal(42, Assert.Single(notice.Lines).Units);
        Assert.Equal(0, await PendingInAsync(warehouse, "SKU-B"));
        Assert.Equal(42, await PendingInAsync(warehouse, "SKU-C"));
        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
        await flow.StatusAsync(s => s.GetProperty("until").GetDateTimeOffset() == new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero), "the new deadline");

        // The same replacement again is a repeat.
        await PostAsync(warehouse, "ID-1", "replace", "2026-11-25", 7, sku: "SKU-C", unit: "CA");
        Assert.Equal(1, (await NoticeAsync(warehouse, original.NoticeId)).Revision);
    }

    [Fact]
    public async Task Other_content_without_a_declared_replacement_is_refused_and_changes_nothing()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var original = await PostAsync(warehouse, "ID-2", "original", "2026-11-22", 5);
        var before = await warehouse.AllAsync<MovementDocument>(Notices.Owner, MovementDocument.Kind);

        var error = await Assert.ThrowsAsync<StateConflictException>(() => PostAsync(warehouse, "ID-2", "original", "2026-11-22", 6));

        Assert.Contains("replacement", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, Assert.Single((await NoticeAsync(warehouse, original.NoticeId)).Lines).Units);
        Assert.Equal(before.Count, (await warehouse.AllAsync<MovementDocument>(Notices.Owner, MovementDocument.Kind)).Count);
    }

    [Fact]
    public async Task A_replacement_or_cancellation_after_arrival_is_refused()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var original = await PostAsync(warehouse, "ID-3", "original", "2026-11-22", 5);
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, original.NoticeId, CancellationToken.None);

        var replace = await Assert.ThrowsAsync<StateConflictException>(() => PostAsync(warehouse, "ID-3", "replace", "2026-11-22", 6));
        var cancel = await Assert.ThrowsAsync<StateConflictException>(() => PostAsync(warehouse, "ID-3", "cancel", "2026-11-22", 5));

        Assert.Contains("arrived", replace.Message, StringComparison.Ordinal);
        Assert.Contains("arrived", cancel.Message, StringComparison.Ordinal);
        var notice = await NoticeAsync(warehouse, original.NoticeId);
        Assert.Equal(NoticeProgress.Receiving, notice.Progress);
        Assert.Equal(0, notice.Revision);
        Assert.Equal(5, await PendingInAsync(warehouse, "SKU-B"));
    }

    [Fact]
    public async Task A_cancellation_before_arrival_cancels_the_notice_releases_its_pending_in_and_ends_its_orchestration()
    {
        await using var warehouse = await TestWarehouse.StartWithWorkerAsync();
        await Notices.RegisterItemsAsync(warehouse);
        var original = await PostAsync(warehouse, "ID-4", "original", "2026-11-22", 5);
        var flow = new InboundFlow(warehouse, original.NoticeId);
        await flow.AtStageAsync("AwaitingArrival");

        await PostAsync(warehouse, "ID-4", "cancel", "2026-11-22", 5);

        var notice = await NoticeAsync(warehouse, original.NoticeId);
        Assert.Equal(NoticeProgress.Cancelled, notice.Progress);
        Assert.Equal("cancelled by the owner", notice.CancelReason);
        Assert.Equal(0, await PendingInAsync(warehouse, "SKU-B"));
        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
        var done = await flow.CompletionAsync();
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal("\"cancelled\"", done.SerializedOutput);

        // Cancelling again is a repeat; posting the number again is refused.
        await PostAsync(warehouse, "ID-4", "cancel", "2026-11-22", 5);
        await Assert.ThrowsAsync<StateConflictException>(() => PostAsync(warehouse, "ID-4", "original", "2026-11-22", 5));
    }

    [Fact]
    public async Task A_cancellation_of_an_unknown_notice_is_refused()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);

        var error = await Assert.ThrowsAsync<StateConflictException>(() => PostAsync(warehouse, "ID-5", "cancel", "2026-11-22", 5));

        Assert.Contains("ID-5", error.Message, StringComparison.Ordinal);
        Assert.Empty(await warehouse.AllAsync<NoticeDocument>(Notices.Owner, NoticeDocument.Kind));
    }

    private static Task<Logistics.Application.Inbound.Intake.AcceptedNotice> PostAsync(
        TestWarehouse warehouse, string number, string purpose, string expected, int quantity, string sku = "SKU-B", string unit = "EA") =>
        warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, JsonSerializer.Serialize(new
        {
            noticeNumber = number,
            type = "shipNotice",
            purpose,
            expectedDate = expected,
            lines = new[] { new { lineNumber = 1, sku, quantity, unit } },
        }), CancellationToken.None);

    private static async Task<NoticeDocument> NoticeAsync(TestWarehouse warehouse, string noticeId) =>
        (await warehouse.Get<NoticeRepository>().GetAsync(noticeId, null, CancellationToken.None)).Value;

    private static async Task<long> PendingInAsync(TestWarehouse warehouse, string sku) =>
        (await warehouse.AllAsync<BalanceDocument>(Notices.Owner, BalanceDocument.Kind)).Where(b => b.Status == StockStatus.PendingIn && b.Sku == sku).Sum(b => b.Quantity);
}
