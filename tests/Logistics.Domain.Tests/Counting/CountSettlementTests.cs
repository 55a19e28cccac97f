using Logistics.Domain.Common;
using Logistics.Domain.Counting;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;

namespace Logistics.Domain.Tests.Counting;

public class CountSettlementTests
{
    private static readonly OwnerId Owner = OwnerId.Parse("acme");
    private static readonly LocationCode Shelf = LocationCode.Parse("A-01-01");
    private static readonly DateTimeOffset At = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
    private static readonly Sku A = Sku.Parse("SKU-A");
    private static readonly Sku B = Sku.Parse("SKU-B");
    private static readonly LotNumber L1 = LotNumber.Parse("L1");

    [Fact]
    public void Each_differing_item_gets_one_adjustment_and_the_ledger_then_holds_what_was_counted()
    {
        var ledger = new StockLedger();
        ledger.Apply([Seed(A, L1, StockStatus.OnHand, 10), Seed(A, L1, StockStatus.OnHold, 2), Seed(B, null, StockStatus.OnHand, 5)]);

        var (variances, movements) = CountSettlement.Settle("count/acme/C-1", "T1", Owner, Shelf,
            [new ExpectedStock(A, L1, 10, 2), new ExpectedStock(B, null, 5, 0)],
            [new CountedStock(A, L1, 11), new CountedStock(B, null, 5), new CountedStock(Sku.Parse("SKU-C"), null, 3)], At);
        ledger.Apply(movements);

        Assert.Equal([(A, (long)-1, CountReason.CountLoss), (Sku.Parse("SKU-C"), 3L, CountReason.CountGain)], variances.Select(v => (v.Sku, v.Variance, v.Reason)));
        Assert.Equal(2, movements.Count(m => m.Id.Value.EndsWith("/adjust", StringComparison.Ordinal)));
        Assert.Equal(11, ledger.Balance(Key(A, L1, StockStatus.OnHand)));
        Assert.Equal(0, ledger.Balance(Key(A, L1, StockStatus.OnHold)));
        Assert.Equal(5, ledger.Balance(Key(B, null, StockStatus.OnHand)));
        Assert.Equal(3, ledger.Balance(Key(Sku.Parse("SKU-C"), null, StockStatus.OnHand)));
        Assert.All(movements, m => Assert.Equal(MovementType.Adjustment, m.Type));
    }

    [Fact]
    public void Settling_again_gives_the_same_ids_so_the_ledger_applies_nothing_twice()
    {
        IReadOnlyList<ExpectedStock> expected = [new ExpectedStock(A, L1, 10, 0)];
        IReadOnlyList<CountedStock> counted = [new CountedStock(A, L1, 0)];
        var first = CountSettlement.Settle("count/acme/C-1", "T1", Owner, Shelf, expected, counted, At).Movements;
        var second = CountSettlement.Settle("count/acme/C-1", "T1", Owner, Shelf, expected, counted, At.AddHours(1)).Movements;
        var ledger = new StockLedger();
        ledger.Apply(Seed(A, L1, StockStatus.OnHand, 10));

        Assert.Equal(first.Select(m => m.Id), second.Select(m => m.Id));
        Assert.Equal(1, ledger.Apply(first).Applied);
        Assert.Equal(0, ledger.Apply(second).Applied);
        Assert.Equal(0, ledger.Balance(Key(A, L1, StockStatus.OnHand)));
    }

    [Fact]
    public void A_line_listed_twice_or_a_negative_count_is_refused()
    {
        Assert.Throws<DomainException>(() => CountSettlement.Settle("count/acme/C-1", "T1", Owner, Shelf, [], [new CountedStock(A, L1, 1), new CountedStock(A, L1, 2)], At));
        Assert.Throws<DomainException>(() => CountSettlement.Settle("count/acme/C-1", "T1", Owner, Shelf, [], [new CountedStock(A, L1, -1)], At));
    }

    private static StockKey Key(Sku sku, LotNumber? lot, StockStatus status) => new(Owner, sku, lot, Shelf, status);

    private static StockMovement Seed(Sku sku, LotNumber? lot, StockStatus status, long units) =>
        new(MovementId.For("seed", sku.Value, status.ToString()), Key(sku, lot, status), units, MovementType.Receipt, At, "seed");
}
