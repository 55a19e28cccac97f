using Logistics.Application.Common;
using Logistics.Application.Inbound;
using Logistics.Application.Inventory;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Inventory;

namespace Logistics.Application.Tests.Races;

/// <summary>
/// A late scan racing the receipt's close, with the interleaving forced by a store hook (never by timing): whichever
/// commits first, the notice, its receipt and the ledger agree, and nothing is counted that the notice does not record.
/// </summary>
public sealed class ReceiptRaceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_scan_that_commits_while_the_close_is_between_its_read_and_its_write_is_included_in_the_receipt()
    {
        await using var warehouse = new TestWarehouse();
        var noticeId = await ReceivingAsync(warehouse, "RACE-1");
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, noticeId, new ScanInput("s1", Sku: "SKU-B", Quantity: 1), CancellationToken.None);

        // The close reads the notice twice (before and inside its posting); hold the second read, after it has read.
        var pause = warehouse.Pauses.PauseNextRead(NoticeDocument.IdOf(noticeId), skip: 1);
        var close = Task.Run(() => warehouse.Receiving.CloseAsync(warehouse.Durable, noticeId, CancellationToken.None));
        await pause.Reached.WaitAsync(Timeout);
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, noticeId, new ScanInput("s2", Sku: "SKU-B", Quantity: 1), CancellationToken.None);
        pause.Release();
        Assert.True(await close.WaitAsync(Timeout));

        var notice = await NoticeAsync(warehouse, noticeId);
        Assert.Equal(2, notice.ScanCount);
        Assert.Equal(2, Assert.Single(notice.Received).Quantity);
        Assert.Equal(2, await BalanceAsync(warehouse, StockStatus.OnHand));
        Assert.Equal(0, await BalanceAsync(warehouse, StockStatus.PendingIn));
        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
    }

    [Fact]
    public async Task A_scan_that_read_the_notice_before_the_close_committed_is_refused_and_stores_nothing()
    {
        await using var warehouse = new TestWarehouse();
        var noticeId = await ReceivingAsync(warehouse, "RACE-2");
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, noticeId, new ScanInput("s1", Sku: "SKU-B", Quantity: 1), CancellationToken.None);

        // The scan reads the notice once before its loop and once in it; hold the second read, after it has read.
        var pause = warehouse.Pauses.PauseNextRead(NoticeDocument.IdOf(noticeId), skip: 1);
        var scan = Task.Run(() => warehouse.Receiving.RecordScanAsync(warehouse.Durable, noticeId, new ScanInput("late", Sku: "SKU-B", Quantity: 1), CancellationToken.None));
        await pause.Reached.WaitAsync(Timeout);
        Assert.True(await warehouse.Receiving.CloseAsync(warehouse.Durable, noticeId, CancellationToken.None));
        pause.Release();

        await Assert.ThrowsAsync<StateConflictException>(() => scan.WaitAsync(Timeout));
        var notice = await NoticeAsync(warehouse, noticeId);
        Assert.Equal(1, notice.ScanCount);
        Assert.Single(await warehouse.AllAsync<ScanDocument>(Notices.Owner, ScanDocument.Kind));
        Assert.Equal(1, await BalanceAsync(warehouse, StockStatus.OnHand));
        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
    }

    [Fact]
    public async Task A_scan_id_resent_with_other_content_is_a_conflict_and_changes_nothing()
    {
        await using var warehouse = new TestWarehouse();
        var noticeId = await ReceivingAsync(warehouse, "RACE-3");
        await warehouse.Receiving.RecordScanAsync(warehouse.Durable, noticeId, new ScanInput("s1", Sku: "SKU-B", Quantity: 1), CancellationToken.None);

        var error = await Assert.ThrowsAsync<StateConflictException>(() =>
            warehouse.Receiving.RecordScanAsync(warehouse.Durable, noticeId, new ScanInput("s1", Sku: "SKU-B", Quantity: 2), CancellationToken.None));

        Assert.Contains("'s1'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await NoticeAsync(warehouse, noticeId)).ScanCount);
        Assert.Equal(1, Assert.Single((await NoticeAsync(warehouse, noticeId)).Received).Quantity);
    }

    [Fact]
    public async Task A_scan_over_the_unit_bounds_is_a_validation_error_and_stores_nothing()
    {
        await using var warehouse = new TestWarehouse();
        var noticeId = await ReceivingAsync(warehouse, "RACE-4");

        var error = await Assert.ThrowsAsync<WarehouseValidationException>(() =>
            warehouse.Receiving.RecordScanAsync(warehouse.Durable, noticeId, new ScanInput("huge", Sku: "SKU-B", Quantity: int.MaxValue), CancellationToken.None));

        Assert.Equal("/quantity", Assert.Single(error.Errors).Pointer);
        Assert.Equal(0, (await NoticeAsync(warehouse, noticeId)).ScanCount);
        Assert.Empty(await warehouse.AllAsync<ScanDocument>(Notices.Owner, ScanDocument.Kind));
    }

    private static async Task<string> ReceivingAsync(TestWarehouse warehouse, string number)
    {
        await Notices.RegisterItemsAsync(warehouse);
        var accepted = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json(number, ("SKU-B", 5, "EA", null)), CancellationToken.None);
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, accepted.NoticeId, CancellationToken.None);
        return accepted.NoticeId;
    }

    private static async Task<NoticeDocument> NoticeAsync(TestWarehouse warehouse, string noticeId) =>
        (await warehouse.Get<NoticeRepository>().GetAsync(noticeId, null, CancellationToken.None)).Value;

    private static async Task<long> BalanceAsync(TestWarehouse warehouse, StockStatus status) =>
        (await warehouse.AllAsync<BalanceDocument>(Notices.Owner, BalanceDocument.Kind)).Where(b => b.Status == status).Sum(b => b.Quantity);
}
