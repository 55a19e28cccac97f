using Logistics.Domain.Inventory;
using Logistics.Domain.Outbound;
using Logistics.Domain.ValueAdded;
using static Logistics.Domain.Tests.Builders;

namespace Logistics.Domain.Tests.ValueAdded;

public class ValueAddedMovementsTests
{
    private const string Job = "demo-publisher~J-1";
    private static readonly string Source = ValueAddedMovements.SourceOf(Owner(), JobNumber.Parse("J-1"));

    [Fact]
    public void Reserve_pick_consume_and_produce_leave_the_components_consumed_and_the_kit_in_storage()
    {
        var ledger = new StockLedger();
        ledger.Apply(Move("seed", Key("C-1", "L1", "A-01-01"), 10));

        ledger.Apply(ValueAddedMovements.Reserve(Source, "order", Owner(), Sku("C-1"), new Reservation(Loc("A-01-01"), Lot("L1"), 4), T0));
        ledger.Apply(ValueAddedMovements.Pick(Source, "pick-1", Owner(), Sku("C-1"), Lot("L1"), Loc("A-01-01"), Loc("PROC-01"), Job, 4, T0));
        ledger.Apply(ValueAddedMovements.Consume(Source, "complete", Owner(), Sku("C-1"), Lot("L1"), Loc("PROC-01"), Job, 4, T0));
        ledger.Apply(ValueAddedMovements.Produce(Source, "complete", Owner(), Sku("KIT"), Lot("J-1"), Loc("PROC-01"), Loc("A-01-02"), 2, T0));

        Assert.Equal(6, ledger.Balance(Key("C-1", "L1", "A-01-01")));
        Assert.Equal(0, ledger.Balance(Key("C-1", "L1", "A-01-01", StockStatus.PendingOut)));
        Assert.Equal(0, ledger.Balance(Key("C-1", "L1", "PROC-01", StockStatus.PendingProcessing) with { Reference = Job }));
        Assert.Equal(0, ledger.Balance(Key("KIT", "J-1", "PROC-01")));
        Assert.Equal(2, ledger.Balance(Key("KIT", "J-1", "A-01-02")));
    }

    [Fact]
    public void A_restore_takes_picked_inputs_back_on_hand_where_they_came_from_and_a_release_frees_the_rest()
    {
        var ledger = new StockLedger();
        ledger.Apply(Move("seed", Key("C-1", null, "A-01-01"), 10));
        ledger.Apply(ValueAddedMovements.Reserve(Source, "order", Owner(), Sku("C-1"), new Reservation(Loc("A-01-01"), null, 5), T0));
        ledger.Apply(ValueAddedMovements.Pick(Source, "pick-1", Owner(), Sku("C-1"), null, Loc("A-01-01"), Loc("PROC-01"), Job, 3, T0));

        ledger.Apply(ValueAddedMovements.Release(Source, "cancel", Owner(), Sku("C-1"), null, Loc("A-01-01"), 2, T0));
        ledger.Apply(ValueAddedMovements.Restore(Source, "cancel", Owner(), Sku("C-1"), null, Loc("PROC-01"), Job, Loc("A-01-01"), 3, T0));

        Assert.Equal(10, ledger.Balance(Key("C-1", null, "A-01-01")));
        Assert.Equal(0, ledger.Balance(Key("C-1", null, "A-01-01", StockStatus.PendingOut)));
        Assert.Equal(0, ledger.Balance(Key("C-1", null, "PROC-01", StockStatus.PendingProcessing) with { Reference = Job }));
        Assert.Equal(10, ledger.Free(Key("C-1", null, "A-01-01")));
    }

    [Fact]
    public void A_repeated_step_posts_nothing_twice()
    {
        var ledger = new StockLedger();
        ledger.Apply(Move("seed", Key("C-1", null, "A-01-01"), 10));
        ledger.Apply(ValueAddedMovements.Reserve(Source, "order", Owner(), Sku("C-1"), new Reservation(Loc("A-01-01"), null, 3), T0));
        var pick = ValueAddedMovements.Pick(Source, "pick-1", Owner(), Sku("C-1"), null, Loc("A-01-01"), Loc("PROC-01"), Job, 3, T0);

        ledger.Apply(pick);
        ledger.Apply(pick);

        Assert.Equal(7, ledger.Balance(Key("C-1", null, "A-01-01")));
    }
}
