using Logistics.Application.Common;
using Logistics.Application.Inbound;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Inventory;

namespace Logistics.Application.Tests.Races;

/// <summary>Identity races at intake and in the item master, forced by a store hook between a request's read and its write.</summary>
public sealed class IntakeRaceTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Two_posts_of_one_notice_number_with_different_content_leave_one_notice_and_refuse_the_other()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var noticeId = "acme~SAME-1";

        // The first post reads "no such notice" and stops before writing; the second one completes meanwhile.
        var pause = warehouse.Pauses.PauseNextRead(NoticeDocument.IdOf(noticeId));
        var first = Task.Run(() => warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json("SAME-1", ("SKU-B", 5, "EA", null)), CancellationToken.None));
        await pause.Reached.WaitAsync(Timeout);
        var second = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json("SAME-1", ("SKU-B", 9, "EA", null)), CancellationToken.None);
        pause.Release();

        Assert.True(second.IsNew);
        var error = await Assert.ThrowsAsync<StateConflictException>(() => first.WaitAsync(Timeout));
        Assert.Contains("other content", error.Message, StringComparison.Ordinal);
        var stored = (await warehouse.Get<NoticeRepository>().GetAsync(noticeId, null, CancellationToken.None)).Value;
        Assert.Equal(9, Assert.Single(stored.Lines).Units);
        var pendingIn = (await warehouse.AllAsync<BalanceDocument>(Notices.Owner, BalanceDocument.Kind)).Where(b => b.Status == StockStatus.PendingIn).Sum(b => b.Quantity);
        Assert.Equal(9, pendingIn);
        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
    }

    [Fact]
    public async Task The_same_notice_posted_again_is_a_repeat_and_changes_nothing()
    {
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        var json = Notices.Json("SAME-2", ("SKU-B", 5, "EA", null), ("SKU-C", 2, "CA", null));
        var first = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, json, CancellationToken.None);
        var before = await warehouse.AllAsync<MovementDocument>(Notices.Owner, MovementDocument.Kind);

        var again = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, json, CancellationToken.None);

        Assert.True(first.IsNew);
        Assert.False(again.IsNew);
        Assert.Equal(first.InstanceId, again.InstanceId);
        Assert.Equal(before.Count, (await warehouse.AllAsync<MovementDocument>(Notices.Owner, MovementDocument.Kind)).Count);
    }

    [Fact]
    public async Task Two_items_claiming_one_barcode_at_once_end_with_one_owner_of_it()
    {
        await using var warehouse = new TestWarehouse();
        const string barcode = "4006381333931";

        // The first PUT reads "barcode free" and stops before writing; the second claims the barcode meanwhile.
        var pause = warehouse.Pauses.PauseNextRead(BarcodeDocument.IdOf(barcode));
        var first = Task.Run(() => warehouse.Items.PutAsync(Notices.Owner, "ITEM-A", new ItemInput("A", [barcode]), CancellationToken.None));
        await pause.Reached.WaitAsync(Timeout);
        await warehouse.Items.PutAsync(Notices.Owner, "ITEM-B", new ItemInput("B", [barcode]), CancellationToken.None);
        pause.Release();

        var error = await Assert.ThrowsAsync<WarehouseValidationException>(() => first.WaitAsync(Timeout));
        Assert.Equal("/barcodes", Assert.Single(error.Errors).Pointer);
        Assert.Equal("ITEM-B", await warehouse.Items.ResolveBarcodeAsync(Notices.Owner, Domain.Items.Barcode.Parse(barcode), CancellationToken.None));
        Assert.Null(await warehouse.Items.FindAsync(Notices.Owner, "ITEM-A", CancellationToken.None));
        var holders = (await warehouse.AllAsync<ItemDocument>(Notices.Owner, ItemDocument.Kind)).Where(i => i.Barcodes.Contains(barcode)).Select(i => i.Sku);
        Assert.Equal(["ITEM-B"], holders);
    }
}
