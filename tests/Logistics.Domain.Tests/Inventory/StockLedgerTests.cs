using Logistics.Domain.Common;
using Logistics.Domain.Inventory;
using static Logistics.Domain.Tests.Builders;

namespace Logistics.Domain.Tests.Inventory;

public class StockLedgerTests
{
    [Fact]
    public void Apply_NewMovement_ChangesBalance()
    {
        var ledger = new StockLedger();
        var outcome = ledger.Apply(Move("m1", Key(), 5));
        Assert.Equal(new ApplyOutcome(1, 0), outcome);
        Assert.Equal(5, ledger.Balance(Key()));
    }

    [Fact]
    public void Apply_SameIdTwice_IsIgnoredTheSecondTime()
    {
        var ledger = new StockLedger();
        ledger.Apply(Move("m1", Key(), 5));
        var outcome = ledger.Apply(Move("m1", Key(), 5));
        Assert.Equal(new ApplyOutcome(0, 1), outcome);
        Assert.Equal(5, ledger.Balance(Key()));
        Assert.Single(ledger.Movements);
    }

    [Fact]
    public void Apply_DuplicateInsideOneBatch_CountsOnce()
    {
        var ledger = new StockLedger();
        ledger.Apply([Move("m1", Key(), 5), Move("m1", Key(), 5)]);
        Assert.Equal(5, ledger.Balance(Key()));
    }

    [Fact]
    public void Apply_OnHandBelowZero_ThrowsAndChangesNothing()
    {
        var ledger = new StockLedger();
        ledger.Apply(Move("m1", Key(), 3));
        var ex = Assert.Throws<DomainException>(() => ledger.Apply(Move("m2", Key(), -4)));
        Assert.Contains("negative", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, ledger.Balance(Key()));
        Assert.False(ledger.HasApplied(MovementId.For("test", "m2")));
    }

    [Fact]
    public void Apply_BatchWithOneBadMovement_AppliesNone()
    {
        var ledger = new StockLedger();
        Assert.Throws<DomainException>(() => ledger.Apply([Move("m1", Key(), 3), Move("m2", Key(sku: "OTHER"), -1)]));
        Assert.Empty(ledger.Movements);
        Assert.Equal(0, ledger.Balance(Key()));
    }

    [Fact]
    public void Available_IsOnHandPlusPendingInMinusPendingOut_AcrossLocations()
    {
        var ledger = new StockLedger();
        ledger.Apply([
            Move("a", Key(location: "A-01-01"), 10),
            Move("b", Key(location: "A-01-02"), 5),
            Move("c", Key(location: "RCV-01", status: StockStatus.PendingIn), 7),
            Move("d", Key(location: "A-01-01", status: StockStatus.PendingOut), 4),
            Move("e", Key(location: "PND-01", status: StockStatus.PendingDecision), 100),
            Move("f", Key(lot: "L9"), 50),
        ]);
        Assert.Equal(18, ledger.Available(new AvailabilityKey(Owner(), Sku(), null)));
        Assert.Equal(50, ledger.Available(new AvailabilityKey(Owner(), Sku(), Lot("L9"))));
    }

    [Fact]
    public void Apply_AllocationBeyondFreeStockAtItsLocation_ThrowsOversell()
    {
        var ledger = new StockLedger();
        ledger.Apply(Move("a", Key(), 3));
        Assert.Throws<OversellException>(() => ledger.Apply(Move("b", Key(status: StockStatus.PendingOut), 4)));
        ledger.Apply(Move("c", Key(status: StockStatus.PendingOut), 3));
        Assert.Equal(0, ledger.Free(Key()));
        Assert.Throws<OversellException>(() => ledger.Apply(Move("d", Key(status: StockStatus.PendingOut), 1)));
    }

    [Fact]
    public void Apply_AllocationAgainstPendingInOrAnotherLocation_ThrowsOversell()
    {
        var ledger = new StockLedger();
        ledger.Apply([Move("a", Key(location: "A-01-02"), 10), Move("b", Key(location: "DOCK-01", status: StockStatus.PendingIn), 10)]);

        // Plenty is available for the item, but none of it is on hand at A-01-01: pending-in never ships, and a
        // reservation names the location it takes from.
        Assert.Equal(20, ledger.Available(new AvailabilityKey(Owner(), Sku(), null)));
        Assert.Throws<OversellException>(() => ledger.Apply(Move("c", Key(status: StockStatus.PendingOut), 1)));
        ledger.Apply(Move("d", Key(location: "A-01-02", status: StockStatus.PendingOut), 10));
    }

    [Fact]
    public void Apply_PhysicalLossBelowAllocations_IsRecordedNotHidden()
    {
        var ledger = new StockLedger();
        ledger.Apply([Move("a", Key(), 5), Move("b", Key(status: StockStatus.PendingOut), 5)]);
        ledger.Apply(Move("count-loss", Key(), -2));
        Assert.Equal(-2, ledger.Free(Key()));
        Assert.Throws<OversellException>(() => ledger.Apply(Move("c", Key(status: StockStatus.PendingOut), 1)));
    }

    [Fact]
    public void Apply_ShipmentReleasingAllocationAndOnHandTogether_IsAllowed()
    {
        var ledger = new StockLedger();
        ledger.Apply([Move("a", Key(), 3), Move("b", Key(status: StockStatus.PendingOut), 3)]);
        ledger.Apply([Move("c", Key(), -3), Move("d", Key(status: StockStatus.PendingOut), -3)]);
        Assert.Empty(ledger.Balances);
    }

    [Fact]
    public void BalanceAt_ReplaysMovementsUpToInstantInclusive()
    {
        var ledger = new StockLedger();
        ledger.Apply(Move("a", Key(), 10, minutes: 0));
        ledger.Apply(Move("b", Key(), -4, minutes: 10));
        ledger.Apply(Move("c", Key(), 2, minutes: 20));

        Assert.Equal(0, ledger.BalanceAt(Key(), T0.AddMinutes(-1)));
        Assert.Equal(10, ledger.BalanceAt(Key(), T0));
        Assert.Equal(6, ledger.BalanceAt(Key(), T0.AddMinutes(10)));
        Assert.Equal(8, ledger.BalanceAt(Key(), T0.AddMinutes(60)));
    }

    [Fact]
    public void Transfer_ReceivingToStorage_MovesStockAndIsIdempotent()
    {
        var ledger = new StockLedger();
        var dock = Key(location: "RCV-01");
        var shelf = Key(location: "A-01-01");
        ledger.Apply(Move("receipt", dock, 10, type: MovementType.Receipt));
        var pair = StockMovement.Transfer("putaway-1", "L1", dock, shelf, Qty(6), MovementType.Putaway, T0);

        ledger.Apply(pair);
        ledger.Apply(pair);

        Assert.Equal(4, ledger.Balance(dock));
        Assert.Equal(6, ledger.Balance(shelf));
    }
}
