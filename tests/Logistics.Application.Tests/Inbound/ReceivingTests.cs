using Logistics.Application.Common;
using Logistics.Application.Inbound;
using Logistics.Application.Inventory;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Inventory;

namespace Logistics.Application.Tests.Inbound;

public sealed class ReceivingTests
{
    [Fact]
    public async Task Scans_before_the_dock_arrival_are_refused()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var notice = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json("R-1", ("SKU-B", 5, "EA", null)), CancellationToken.None);

        var refused = await Assert.ThrowsAsync<StateConflictException>(() =>
            warehouse.Receiving.RecordScanAsync(warehouse.Durable, notice.NoticeId, new ScanInput("a", Sku: "SKU-B", Quantity: 1), CancellationToken.None));
        Assert.Contains("arrival", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mis_keyed_check_digit_is_a_validation_error_naming_the_barcode()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var notice = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json("R-2", ("SKU-B", 5, "EA", null)), CancellationToken.None);
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, notice.NoticeId, CancellationToken.None);

        var error = await Assert.ThrowsAsync<WarehouseValidationException>(() =>
            warehouse.Receiving.RecordScanAsync(warehouse.Durable, notice.NoticeId, new ScanInput("a", Barcode: "4006381333932"), CancellationToken.None));
        Assert.Equal("/barcode", Assert.Single(error.Errors).Pointer);
        Assert.Contains("check digit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_resent_scan_id_is_recorded_once_and_the_completing_scan_closes_the_receipt()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var notice = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json("R-3", ("SKU-B", 5, "EA", null)), CancellationToken.None);
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, notice.NoticeId, CancellationToken.None);

        var first = await warehouse.Receiving.RecordScanAsync(warehouse.Durable, notice.NoticeId, new ScanInput("a", Barcode: "4006381333931", Quantity: 3), CancellationToken.None);
        var again = await warehouse.Receiving.RecordScanAsync(warehouse.Durable, notice.NoticeId, new ScanInput("a", Barcode: "4006381333931", Quantity: 3), CancellationToken.None);
        var last = await warehouse.Receiving.RecordScanAsync(warehouse.Durable, notice.NoticeId, new ScanInput("b", Barcode: "4006381333931", Quantity: 2), CancellationToken.None);

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.True(last.ReceiptClosed);
        var stored = (await warehouse.Get<NoticeRepository>().GetAsync(notice.NoticeId, null, CancellationToken.None)).Value;
        Assert.Equal(2, stored.ScanCount);
        Assert.Equal(5, Assert.Single(stored.Received).Quantity);
        Assert.Equal(2, (await warehouse.AllAsync<ScanDocument>(Notices.Owner, ScanDocument.Kind)).Count);
        Assert.Equal(NoticeProgress.Putaway, stored.Progress);
        var dock = (await warehouse.AllAsync<BalanceDocument>(Notices.Owner, BalanceDocument.Kind)).Single(b => b.Status == StockStatus.OnHand);
        Assert.Equal(5, dock.Quantity);
    }

    [Fact]
    public async Task A_notice_with_many_lines_is_booked_in_batches_that_fit_Cosmos_DB()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var lines = Enumerable.Range(1, 60).Select(i => ("SKU-A", i, "EA", (string?)$"LOT-{i}")).ToArray();
        var notice = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json("R-4", lines), CancellationToken.None);
        await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, notice.NoticeId, CancellationToken.None);
        foreach (var (sku, quantity, _, lot) in lines)
        {
            await warehouse.Receiving.RecordScanAsync(warehouse.Durable, notice.NoticeId, new ScanInput($"s-{lot}", Sku: sku, Lot: lot, Quantity: quantity), CancellationToken.None);
        }

        await warehouse.Putaway.PlanAsync(notice.NoticeId, CancellationToken.None);
        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
        Assert.Equal(60 * 61 / 2, (await warehouse.AllAsync<BalanceDocument>(Notices.Owner, BalanceDocument.Kind))
            .Where(b => b.Status == StockStatus.OnHand).Sum(b => b.Quantity));
        Assert.InRange(warehouse.Store.LargestBatch, 60, CosmosLimitsDocumentStore.MaxOperations);
    }

    [Theory]
    [InlineData("acme", "ASN-1")]
    [InlineData("a-b", "c-d_e.f")]
    public void Notice_ids_split_back_into_owner_and_number(string owner, string number)
    {
        var id = NoticeIds.For(Domain.Owners.OwnerId.Parse(owner), Domain.Inbound.NoticeNumber.Parse(number));
        Assert.True(NoticeIds.TryParse(id, out var parsedOwner, out var parsedNumber));
        Assert.Equal(owner, parsedOwner!.Value);
        Assert.Equal(number, parsedNumber!.Value);
        Assert.False(NoticeIds.TryParse(number, out _, out _));
    }
}
