using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Reports;
using Logistics.Application.StockControl.Counts;
using Logistics.Application.Tests.Support;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Edi.X12;
using Logistics.Storage.Blobs;
using Logistics.Storage.Messaging;

namespace Logistics.Application.Tests.StockControl;

/// <summary>Must-show 2: a cycle count with a variance posts one adjustment, emits a 947, and cannot post twice.</summary>
public sealed class CountPostingTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_count_with_a_variance_posts_one_adjustment_and_a_947_and_a_second_post_posts_nothing()
    {
        await using var warehouse = await StockedAsync();
        var counts = warehouse.Get<StockCounts>();
        var (created, isNew) = await counts.CreateAsync(new CountInput(Orders.Owner, "item", "C-1", Sku: "SKU-A"), CancellationToken.None);
        Assert.True(isNew);
        Assert.Equal(["A-01-01", "A-01-02"], created.Tasks.Select(t => t.Location));

        await RecordAsync(counts, "acme~C-1", 1, "A-01-01", ("SKU-A", "L1", 7));
        await RecordAsync(counts, "acme~C-1", 2, "A-01-02", ("SKU-A", "L1", 4));
        var posted = await counts.PostAsync("acme~C-1", CancellationToken.None);

        // One variance: 3 lost at A-01-01; A-01-02 matched. One adjustment movement, on hand is what was counted.
        var variance = Assert.Single(posted.Variances);
        Assert.Equal(("A-01-01", "SKU-A", "L1", 10L, 7L, -3L, "countLoss"), (variance.Location, variance.Sku, variance.Lot, variance.Expected, variance.Counted, variance.Variance, variance.Reason));
        var adjustment = Assert.Single(await CountMovementsAsync(warehouse));
        Assert.Equal((MovementType.Adjustment, -3L, "A-01-01", StockStatus.OnHand), (adjustment.MovementType, adjustment.Delta, adjustment.Location, adjustment.Status));
        Assert.Equal(7, await OnHandAsync(warehouse, "A-01-01"));
        var stock = await warehouse.Get<StockReports>().CurrentStockAsync(Orders.Owner, warehouse.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Equal(11, Assert.Single(stock.Lines, l => l.Sku == "SKU-A").OnHand);
        await warehouse.AssertBalancesEqualLedgerAsync(Orders.Owner);

        // The 947 parses back: AW group, W15 with the count number, one W19 AA with the signed loss, the lot in N9.
        var count = await counts.GetAsync("acme~C-1", Orders.Owner, CancellationToken.None);
        var set = Assert.Single(Assert.Single(Read(count.AdviceX12!).Interchange!.Groups, g => g.FunctionalIdCode == "AW").TransactionSets);
        Assert.Equal(["ST*947*0001", "W15*20261121*C-1*C-1*00", "N1*DE*acme", "W19*AA*-3*EA**SK*SKU-A***L1", "N9*LT*L1", "SE*6*0001"], Segments(set));
        var blob = await warehouse.Get<IBlobStore>().OpenReadAsync("reports/acme/adjustments/C-1.x12");
        Assert.NotNull(blob);
        await using (blob.Content)
        {
            Assert.Equal(count.AdviceX12, await new StreamReader(blob.Content).ReadToEndAsync());
        }

        Assert.Equal(2, await EventsAsync(warehouse));

        // Posting again: the same count, nothing more in the ledger or the outbox.
        var again = await counts.PostAsync("acme~C-1", CancellationToken.None);
        Assert.Equal(posted.PostedAt, again.PostedAt);
        Assert.Single(await CountMovementsAsync(warehouse));
        Assert.Equal(2, await EventsAsync(warehouse));
        Assert.Equal(count.AdviceX12, (await counts.GetAsync("acme~C-1", null, CancellationToken.None)).AdviceX12);
    }

    [Fact]
    public async Task Two_concurrent_posts_of_one_count_post_it_once()
    {
        await using var warehouse = await StockedAsync();
        var counts = warehouse.Get<StockCounts>();
        await counts.CreateAsync(new CountInput(Orders.Owner, "zone", "C-2", Zone: "storage"), CancellationToken.None);
        await RecordAsync(counts, "acme~C-2", 1, "A-01-01", ("SKU-A", "L1", 12));
        await RecordAsync(counts, "acme~C-2", 2, "A-01-02", ("SKU-A", "L1", 4), ("SKU-B", null, 5));

        // Hold the first post after it read the count as open (its first read is the lookup, its second the posting's);
        // the second post runs whole meanwhile; then the first goes on with what it read.
        var pause = warehouse.Pauses.PauseNextRead(CountDocument.IdOf("acme~C-2"), skip: 1);
        var first = Task.Run(() => counts.PostAsync("acme~C-2", CancellationToken.None));
        await pause.Reached.WaitAsync(Timeout);
        var second = await counts.PostAsync("acme~C-2", CancellationToken.None);
        pause.Release();
        var late = await first.WaitAsync(Timeout);

        Assert.Equal(second.PostedAt, late.PostedAt);
        Assert.Equal([2L, 5L], second.Variances.Select(v => v.Variance));
        Assert.Equal([2L, 5L], (await CountMovementsAsync(warehouse)).OrderBy(m => m.Delta).Select(m => m.Delta));
        Assert.Equal(3, await EventsAsync(warehouse));
        Assert.Equal(12, await OnHandAsync(warehouse, "A-01-01"));
        await warehouse.AssertBalancesEqualLedgerAsync(Orders.Owner);
    }

    [Fact]
    public async Task A_location_that_moved_after_it_was_counted_must_be_counted_again_before_the_count_posts()
    {
        await using var warehouse = await StockedAsync();
        var counts = warehouse.Get<StockCounts>();
        await counts.CreateAsync(new CountInput(Orders.Owner, "item", "C-3", Sku: "SKU-A"), CancellationToken.None);
        await RecordAsync(counts, "acme~C-3", 1, "A-01-01", ("SKU-A", "L1", 10));
        await RecordAsync(counts, "acme~C-3", 2, "A-01-02", ("SKU-A", "L1", 4));
        await Orders.StockAsync(warehouse, "SKU-A", "L1", "A-01-01", 5);

        var refused = await Assert.ThrowsAsync<StateConflictException>(() => counts.PostAsync("acme~C-3", CancellationToken.None));
        Assert.Contains("1 (A-01-01)", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await CountMovementsAsync(warehouse));

        // The recount sees 15 expected and finds 14.
        await RecordAsync(counts, "acme~C-3", 1, "A-01-01", ("SKU-A", "L1", 14));
        var posted = await counts.PostAsync("acme~C-3", CancellationToken.None);
        Assert.Equal((15L, -1L), (Assert.Single(posted.Variances).Expected, posted.Variances[0].Variance));
    }

    [Fact]
    public async Task Units_on_hold_at_a_counted_location_are_settled_found_back_to_on_hand_the_rest_written_off()
    {
        await using var warehouse = await StockedAsync();
        await HoldAsync(warehouse, "A-01-01", 4);
        var counts = warehouse.Get<StockCounts>();
        await counts.CreateAsync(new CountInput(Orders.Owner, "item", "C-4", Sku: "SKU-A"), CancellationToken.None);
        await RecordAsync(counts, "acme~C-4", 1, "A-01-01", ("SKU-A", "L1", 8));
        await RecordAsync(counts, "acme~C-4", 2, "A-01-02", ("SKU-A", "L1", 4));

        var posted = await counts.PostAsync("acme~C-4", CancellationToken.None);

        // Expected 6 on hand + 4 on hold; 8 found: 2 written off, nothing left on hold.
        Assert.Equal((10L, 8L, -2L), (Assert.Single(posted.Variances).Expected, posted.Variances[0].Counted, posted.Variances[0].Variance));
        Assert.Equal(8, await OnHandAsync(warehouse, "A-01-01"));
        var balances = await warehouse.Get<InventoryQueries>().BalancesAsync(Orders.Owner, new InventoryFilter { Status = StockStatus.OnHold }, null, CancellationToken.None);
        Assert.Empty(balances);
        await warehouse.AssertBalancesEqualLedgerAsync(Orders.Owner);
    }

    [Fact]
    public async Task Counting_is_refused_at_another_location_and_after_the_post()
    {
        await using var warehouse = await StockedAsync();
        var counts = warehouse.Get<StockCounts>();
        await counts.CreateAsync(new CountInput(Orders.Owner, "item", "C-5", Sku: "SKU-A"), CancellationToken.None);

        var wrong = await Assert.ThrowsAsync<WarehouseValidationException>(() => RecordAsync(counts, "acme~C-5", 1, "A-01-02", ("SKU-A", "L1", 10)));
        Assert.Equal("/location", Assert.Single(wrong.Errors).Pointer);
        await Assert.ThrowsAsync<StateConflictException>(() => counts.PostAsync("acme~C-5", CancellationToken.None));

        await RecordAsync(counts, "acme~C-5", 1, "A-01-01", ("SKU-A", "L1", 10));
        await RecordAsync(counts, "acme~C-5", 2, "A-01-02", ("SKU-A", "L1", 4));
        var posted = await counts.PostAsync("acme~C-5", CancellationToken.None);
        Assert.Empty(posted.Variances);
        Assert.False(posted.HasAdvice);
        await Assert.ThrowsAsync<StateConflictException>(() => RecordAsync(counts, "acme~C-5", 1, "A-01-01", ("SKU-A", "L1", 9)));
        Assert.Empty(await counts.ListOpenTasksAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_daily_count_covers_the_storage_locations_the_owner_s_stock_moved_at_that_day()
    {
        await using var warehouse = await StockedAsync();
        warehouse.Clock.Advance(TimeSpan.FromDays(1));
        await Orders.StockAsync(warehouse, "SKU-B", null, "A-01-03", 2);
        warehouse.Clock.Advance(TimeSpan.FromDays(1));

        var (daily, _) = await warehouse.Get<StockCounts>().CreateAsync(new CountInput(Orders.Owner, "daily"), CancellationToken.None);

        Assert.Equal(("acme~DAILY-20261122", new DateOnly(2026, 11, 22)), (daily.CountId, daily.Date));
        Assert.Equal(["A-01-03"], daily.Tasks.Select(t => t.Location));
    }

    internal static async Task<TestWarehouse> StockedAsync()
    {
        var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await Orders.StockAsync(warehouse, "SKU-A", "L1", "A-01-01", 10);
        await Orders.StockAsync(warehouse, "SKU-A", "L1", "A-01-02", 4);
        return warehouse;
    }

    private static Task<CountTaskView> RecordAsync(StockCounts counts, string countId, int task, string location, params (string Sku, string? Lot, long Units)[] lines) =>
        counts.RecordAsync(countId, task, new CountRecording(location, [.. lines.Select(l => new CountedLineInput(l.Units, Sku: l.Sku, Lot: l.Lot))]), CancellationToken.None);

    // Puts units on hold as a short pick does.
    private static async Task HoldAsync(TestWarehouse warehouse, string location, int units)
    {
        var onHand = new StockKey(Domain.Owners.OwnerId.Parse(Orders.Owner), Domain.Items.Sku.Parse("SKU-A"), Domain.Items.LotNumber.Parse("L1"), Domain.Locations.LocationCode.Parse(location), StockStatus.OnHand);
        var movements = StockMovement.Transfer("test/hold", "h", onHand, onHand with { Status = StockStatus.OnHold }, Domain.Items.Quantity.Of(units), MovementType.Adjustment, warehouse.Clock.GetUtcNow());
        await warehouse.Poster.PostAsync(Orders.Owner, _ => Task.FromResult((new StockPosting("test/hold", movements, null), 0)), CancellationToken.None);
    }

    private static async Task<List<MovementDocument>> CountMovementsAsync(TestWarehouse warehouse) =>
        [.. (await warehouse.AllAsync<MovementDocument>(Orders.Owner, MovementDocument.Kind)).Where(m => m.SourceReference.StartsWith("count/", StringComparison.Ordinal))];

    private static async Task<long> OnHandAsync(TestWarehouse warehouse, string location) =>
        (await warehouse.Get<InventoryQueries>().BalancesAsync(Orders.Owner, new InventoryFilter { Sku = "SKU-A", Location = location, Status = StockStatus.OnHand }, null, CancellationToken.None))
            .Sum(b => b.Quantity);

    private static Task<long> EventsAsync(TestWarehouse warehouse) =>
        warehouse.Get<IMessageQueue>().CountActiveAsync(EntityDefinition.SubscriptionPath(WarehouseStore.EventsTopic, "billing"));

    private static X12ReadResult Read(string text)
    {
        var read = X12Reader.Read(text);
        Assert.True(read.IsValid, string.Join("; ", read.Errors));
        return read;
    }

    private static string[] Segments(X12TransactionSet set) => [.. set.Segments.Select(s => string.Join('*', [s.Id, .. s.Elements]))];
}
