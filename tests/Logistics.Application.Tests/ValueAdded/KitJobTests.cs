using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Tests.Support;
using Logistics.Application.ValueAdded;
using Logistics.Domain.Inventory;

namespace Logistics.Application.Tests.ValueAdded;

/// <summary>
/// Must-show 3: a kit job consumes exactly its components and produces the kit; a job cancelled halfway restores the
/// inputs. Every step is checked against the ledger, the balances and the current-stock list.
/// </summary>
public sealed class KitJobTests
{
    [Fact]
    public async Task A_kit_job_of_N_consumes_exactly_N_times_the_BOM_and_produces_N_kits_with_a_balanced_ledger()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);
        var before = await Jobs.BalancesAsync(warehouse);

        var job = await Jobs.OrderAsync(warehouse, Jobs.Kit("KIT-7", 4));

        // 4 kits = 8 × C-1 (FEFO: the 6 of L-EARLY first, then 2 of L-LATE) + 12 × C-2 (FIFO, the smaller location first).
        Assert.Equal(ValueAddedStage.Picking, job.Stage);
        Assert.Equal([new ValueAddedInputRecord("C-1", 8), new ValueAddedInputRecord("C-2", 12)], job.Inputs);
        Assert.Equal([("C-1", "L-EARLY", "A-01-02", 6), ("C-1", "L-LATE", "A-01-01", 2), ("C-2", null, "A-01-03", 10), ("C-2", null, "A-01-04", 2)],
            job.PickTasks.Select(t => (t.Sku, t.Lot, t.Location, t.Units)).ToList());
        var reserved = await Jobs.BalancesAsync(warehouse);
        Assert.Equal(6, reserved[("C-1", "L-EARLY", "A-01-02", StockStatus.PendingOut, null)]);
        await Jobs.AssertStockListAgreesWithBalancesAsync(warehouse);

        job = await Jobs.PickAllAsync(warehouse, job);
        Assert.Equal(ValueAddedStage.Processing, job.Stage);
        var processing = await Jobs.BalancesAsync(warehouse);
        Assert.Equal(8, processing.Where(b => b.Key.Sku == "C-1" && b.Key.Status == StockStatus.PendingProcessing && b.Key.Location == "PROC-01" && b.Key.Reference == job.JobId).Sum(b => b.Value));
        Assert.Equal(12, processing.Where(b => b.Key.Sku == "C-2" && b.Key.Status == StockStatus.PendingProcessing).Sum(b => b.Value));
        Assert.DoesNotContain(processing, b => b.Key.Status == StockStatus.PendingOut);
        await Jobs.AssertStockListAgreesWithBalancesAsync(warehouse);

        job = await Jobs.CompleteAsync(warehouse, job, "A-01-06");

        Assert.Equal(ValueAddedStage.Completed, job.Stage);
        Assert.Equal(new Dictionary<string, long> { ["C-1"] = -8, ["C-2"] = -12, ["KIT-1"] = 4 }, await Jobs.NetPerSkuAsync(warehouse, job));
        var after = await Jobs.BalancesAsync(warehouse);
        Assert.DoesNotContain(after, b => b.Key.Status is StockStatus.PendingProcessing or StockStatus.PendingOut || b.Key.Location == "PROC-01");
        Assert.Equal(4, after[("KIT-1", "KIT-7", "A-01-06", StockStatus.OnHand, null)]);
        foreach (var sku in new[] { "C-1", "C-2" })
        {
            Assert.Equal(before.Where(b => b.Key.Sku == sku).Sum(b => b.Value) - (sku == "C-1" ? 8 : 12), after.Where(b => b.Key.Sku == sku).Sum(b => b.Value));
        }

        // The kit's lot is the job number and expires with its earliest component lot (L-EARLY), so FEFO stays honest.
        var lot = Assert.Single(await warehouse.AllAsync<LotDocument>(Jobs.Owner, LotDocument.Kind), l => l.Sku == "KIT-1");
        Assert.Equal(("KIT-7", new DateOnly(2027, 1, 31)), (lot.Lot, lot.Expiry));
        await warehouse.AssertBalancesEqualLedgerAsync(Jobs.Owner);
        var list = await Jobs.AssertStockListAgreesWithBalancesAsync(warehouse);
        Assert.Equal(4, list.Lines.Single(l => l.Sku == "KIT-1").Available);
    }

    [Fact]
    public async Task A_job_cancelled_after_its_inputs_were_picked_restores_every_input_unit_where_it_came_from()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);
        var before = await Jobs.BalancesAsync(warehouse);
        var listBefore = await Jobs.AssertStockListAgreesWithBalancesAsync(warehouse);

        var job = await Jobs.PickAllAsync(warehouse, await Jobs.OrderAsync(warehouse, Jobs.Kit("KIT-8", 3)));
        Assert.Equal(ValueAddedStage.Processing, job.Stage);
        job = await Jobs.CancelAsync(warehouse, job);

        Assert.Equal(ValueAddedStage.Cancelled, job.Stage);
        Assert.Equal("owner: changed plans", job.CancelReason);
        Assert.Equal(before, await Jobs.BalancesAsync(warehouse));
        Assert.Empty(await Jobs.NetPerSkuAsync(warehouse, job));
        Assert.Equal(listBefore.Lines, (await Jobs.AssertStockListAgreesWithBalancesAsync(warehouse)).Lines);
        await warehouse.AssertBalancesEqualLedgerAsync(Jobs.Owner);
    }

    [Fact]
    public async Task A_job_cancelled_while_partly_picked_releases_the_rest_and_restores_the_picked()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);
        var before = await Jobs.BalancesAsync(warehouse);

        var job = await Jobs.OrderAsync(warehouse, Jobs.Kit("KIT-9", 2));
        job = await Jobs.PickAsync(warehouse, job, job.PickTasks[0], "only");
        Assert.Equal(ValueAddedStage.Picking, job.Stage);
        job = await Jobs.CancelAsync(warehouse, job);

        Assert.Equal(before, await Jobs.BalancesAsync(warehouse));
        Assert.Equal(job.PickTasks[0].Units, job.PickTasks[0].Restored);
        await warehouse.AssertBalancesEqualLedgerAsync(Jobs.Owner);
    }

    [Fact]
    public async Task Completing_or_cancelling_twice_is_the_same_as_once()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);
        var done = await Jobs.PickAllAsync(warehouse, await Jobs.OrderAsync(warehouse, Jobs.Kit("KIT-10", 1)));
        var cancelled = await Jobs.PickAllAsync(warehouse, await Jobs.OrderAsync(warehouse, Jobs.Kit("KIT-11", 1)));

        var first = await Jobs.CompleteAsync(warehouse, done);
        var movements = (await warehouse.AllAsync<MovementDocument>(Jobs.Owner, MovementDocument.Kind)).Count;
        var second = await Jobs.CompleteAsync(warehouse, done, "B-01-01");
        var cancelFirst = await Jobs.CancelAsync(warehouse, cancelled);
        var afterCancel = (await warehouse.AllAsync<MovementDocument>(Jobs.Owner, MovementDocument.Kind)).Count;
        var cancelSecond = await Jobs.CancelAsync(warehouse, cancelled, "again");

        Jobs.AssertSame(first, second);
        Jobs.AssertSame(cancelFirst, cancelSecond);
        Assert.True(afterCancel > movements);
        Assert.Equal(afterCancel, (await warehouse.AllAsync<MovementDocument>(Jobs.Owner, MovementDocument.Kind)).Count);
        await Assert.ThrowsAsync<StateConflictException>(() => Jobs.CancelAsync(warehouse, done));
        await Assert.ThrowsAsync<StateConflictException>(() => Jobs.CompleteAsync(warehouse, cancelled));
        Assert.Equal(afterCancel, (await warehouse.AllAsync<MovementDocument>(Jobs.Owner, MovementDocument.Kind)).Count);
        await warehouse.AssertBalancesEqualLedgerAsync(Jobs.Owner);
    }

    [Fact]
    public async Task A_repeated_pick_scan_changes_nothing_and_completion_waits_for_every_input()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);
        var job = await Jobs.OrderAsync(warehouse, Jobs.Kit("KIT-12", 1));
        var task = job.PickTasks[0];

        var once = await Jobs.PickAsync(warehouse, job, task, "dup");
        var twice = await Jobs.PickAsync(warehouse, job, task, "dup");

        Jobs.AssertSame(once, twice);
        Assert.Equal(task.Units, twice.PickTasks[0].Picked);
        var early = await Assert.ThrowsAsync<StateConflictException>(() => Jobs.CompleteAsync(warehouse, twice));
        Assert.Contains("pick tasks open", early.Message, StringComparison.Ordinal);
        await warehouse.AssertBalancesEqualLedgerAsync(Jobs.Owner);
    }
}
