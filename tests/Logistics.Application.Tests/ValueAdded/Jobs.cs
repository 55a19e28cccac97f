using System.Text.Json;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Reports;
using Logistics.Application.Tests.Support;
using Logistics.Application.ValueAdded;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;

namespace Logistics.Application.Tests.ValueAdded;

/// <summary>Test steps for value-added jobs: items with a kit, stock in storage, ordering, picking, completing, and what the ledger says.</summary>
public static class Jobs
{
    public const string Owner = Notices.Owner;

    /// <summary>
    /// C-1 (lot- and expiry-controlled), C-2 (plain), KIT-1 = 2 × C-1 + 3 × C-2, CASE-1 (cases of 6) and EACH-1 (eaches);
    /// stock: C-1 in two lots (the later received expires first) and C-2 in two locations, CASE-1 24 eaches in lot L-CASE.
    /// </summary>
    public static async Task SeedAsync(TestWarehouse warehouse)
    {
        await warehouse.Items.PutAsync(Owner, "C-1", new ItemInput("Component one", LotControlled: true, ExpiryControlled: true), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "C-2", new ItemInput("Component two"), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "KIT-1", new ItemInput("Gift kit", Components: [new KitComponentInput("C-1", 2), new KitComponentInput("C-2", 3)]), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "CASE-1", new ItemInput("Novel, cases of 6", PackUnit: "case", CaseQuantity: 6), CancellationToken.None);
        await warehouse.Items.PutAsync(Owner, "EACH-1", new ItemInput("Novel, single copy"), CancellationToken.None);
        var day = warehouse.Clock.GetUtcNow();
        await StockAsync(warehouse, Owner, "C-1", "L-LATE", "A-01-01", 10, new DateOnly(2027, 6, 30), day.AddDays(-20));
        await StockAsync(warehouse, Owner, "C-1", "L-EARLY", "A-01-02", 6, new DateOnly(2027, 1, 31), day.AddDays(-5));
        await StockAsync(warehouse, Owner, "C-2", null, "A-01-03", 10);
        await StockAsync(warehouse, Owner, "C-2", null, "A-01-04", 20);
        await StockAsync(warehouse, Owner, "CASE-1", "L-CASE", "A-01-05", 24, new DateOnly(2028, 3, 1), day.AddDays(-30));
    }

    /// <summary>Books units on hand at a storage location with the lot's dates, as a putaway leaves them.</summary>
    public static async Task StockAsync(TestWarehouse warehouse, string owner, string sku, string? lot, string location, int units, DateOnly? expiry = null, DateTimeOffset? receivedAt = null)
    {
        var key = new StockKey(OwnerId.Parse(owner), Sku.Parse(sku), lot is null ? null : LotNumber.Parse(lot), LocationCode.Parse(location), StockStatus.OnHand);
        var step = $"seed/{owner}/{sku}/{lot ?? "-"}/{location}/{Guid.NewGuid():N}";
        var movement = new StockMovement(MovementId.For(step), key, units, MovementType.Adjustment, warehouse.Clock.GetUtcNow(), step);
        await warehouse.Poster.PostAsync(owner, _ => Task.FromResult((new StockPosting(step, [movement], batch =>
        {
            if (lot is not null)
            {
                batch.Upsert(new LotDocument
                {
                    Id = LotDocument.IdOf(sku, lot), OwnerId = owner, Sku = sku, Lot = lot, Expiry = expiry, ReceivedAt = receivedAt ?? warehouse.Clock.GetUtcNow(),
                });
            }
        }), 0)), CancellationToken.None);
    }

    /// <summary>Orders a job for <see cref="Owner"/>.</summary>
    public static async Task<ValueAddedJobDocument> OrderAsync(TestWarehouse warehouse, WorkOrderInput input, string owner = Owner) =>
        (await warehouse.Get<ValueAddedIntake>().OrderAsync(warehouse.Durable, owner, input, CancellationToken.None)).Job;

    /// <summary>A kit job.</summary>
    public static WorkOrderInput Kit(string number, int units, string sku = "KIT-1") => new(number, "kit", sku, units);

    /// <summary>Picks every open task of the job whole, one scan per task (scan ids <c>{prefix}{task}</c>).</summary>
    public static async Task<ValueAddedJobDocument> PickAllAsync(TestWarehouse warehouse, ValueAddedJobDocument job, string prefix = "s")
    {
        foreach (var task in job.PickTasks.Where(t => t.IsOpen))
        {
            job = await PickAsync(warehouse, job, task, $"{prefix}{task.TaskNumber}");
        }

        return job;
    }

    /// <summary>Picks what is left of one task with one scan.</summary>
    public static Task<ValueAddedJobDocument> PickAsync(TestWarehouse warehouse, ValueAddedJobDocument job, ValueAddedPickTask task, string scanId) =>
        warehouse.Get<ValueAddedPicking>().PickAsync(warehouse.Durable, job.JobId,
            new ValueAddedPickInput(scanId, task.TaskNumber, task.Location, Sku: task.Sku, Lot: task.Lot, Quantity: task.Units - task.Picked), CancellationToken.None);

    /// <summary>Completes the job, its outputs put away to <paramref name="location"/>.</summary>
    public static Task<ValueAddedJobDocument> CompleteAsync(TestWarehouse warehouse, ValueAddedJobDocument job, string location = "A-01-06") =>
        warehouse.Get<ValueAddedCompletion>().CompleteAsync(warehouse.Durable, job.JobId, new ValueAddedCompletionInput(location), CancellationToken.None);

    /// <summary>Cancels the job as its owner.</summary>
    public static Task<ValueAddedJobDocument> CancelAsync(TestWarehouse warehouse, ValueAddedJobDocument job, string reason = "changed plans") =>
        warehouse.Get<ValueAddedCancellation>().CancelAsync(warehouse.Durable, job.JobId, job.OwnerId, new ValueAddedCancelInput(reason), CancellationToken.None);

    /// <summary>Asserts two jobs are the same, member by member (their lists compared by content).</summary>
    public static void AssertSame(ValueAddedJobDocument expected, ValueAddedJobDocument actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));

    /// <summary>The stored job.</summary>
    public static async Task<ValueAddedJobDocument> ReadAsync(TestWarehouse warehouse, string jobId) =>
        (await warehouse.Get<ValueAddedRepository>().GetAsync(jobId, null, CancellationToken.None)).Value;

    /// <summary>The job's ledger movements summed per SKU (every status, so reservations and transfers cancel out).</summary>
    public static async Task<Dictionary<string, long>> NetPerSkuAsync(TestWarehouse warehouse, ValueAddedJobDocument job) =>
        (await warehouse.AllAsync<MovementDocument>(job.OwnerId, MovementDocument.Kind))
            .Where(m => m.SourceReference == job.SourceReference)
            .GroupBy(m => m.Sku).Where(g => g.Sum(m => m.Delta) != 0).ToDictionary(g => g.Key, g => g.Sum(m => m.Delta));

    /// <summary>The owner's non-zero balances as (sku, lot, location, status, reference) → units.</summary>
    public static async Task<Dictionary<(string Sku, string? Lot, string Location, StockStatus Status, string? Reference), long>> BalancesAsync(TestWarehouse warehouse, string owner = Owner) =>
        (await warehouse.AllAsync<BalanceDocument>(owner, BalanceDocument.Kind)).Where(b => b.Quantity != 0)
            .ToDictionary(b => (b.Sku, b.Lot, b.Location, b.Status, b.Reference), b => b.Quantity);

    /// <summary>
    /// Asserts that the current-stock list (from the ledger) agrees with the balances: per SKU and lot, on hand,
    /// pending out, pending processing and available.
    /// </summary>
    public static async Task<CurrentStockList> AssertStockListAgreesWithBalancesAsync(TestWarehouse warehouse, string owner = Owner)
    {
        var list = await warehouse.Get<StockReports>().CurrentStockAsync(owner, warehouse.Clock.GetUtcNow(), CancellationToken.None);
        var balances = await warehouse.AllAsync<BalanceDocument>(owner, BalanceDocument.Kind);
        var keys = balances.Where(b => b.Quantity != 0).Select(b => (b.Sku, b.Lot)).Distinct().ToList();
        Assert.Equal(keys.Order().ToList(), list.Lines.Select(l => (l.Sku, l.Lot)).Order().ToList());
        foreach (var line in list.Lines)
        {
            long Sum(params StockStatus[] statuses) => balances.Where(b => b.Sku == line.Sku && b.Lot == line.Lot && statuses.Contains(b.Status)).Sum(b => b.Quantity);
            Assert.Equal(Sum(StockStatus.OnHand, StockStatus.Picked), line.OnHand);
            Assert.Equal(Sum(StockStatus.PendingOut, StockStatus.Picked), line.PendingOut);
            Assert.Equal(Sum(StockStatus.PendingProcessing), line.PendingProcessing);
            Assert.Equal(Sum(StockStatus.OnHand, StockStatus.PendingIn) - Sum(StockStatus.PendingOut), line.Available);
        }

        return list;
    }
}
