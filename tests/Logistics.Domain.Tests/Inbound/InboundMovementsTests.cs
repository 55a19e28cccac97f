using Logistics.Domain.Common;
using Logistics.Domain.Inbound;
using Logistics.Domain.Inventory;
using Logistics.Domain.Locations;
using static Logistics.Domain.Tests.Builders;

namespace Logistics.Domain.Tests.Inbound;

public class InboundMovementsTests
{
    private static readonly LocationCode Dock = Loc("RCV-01");
    private static readonly LocationCode Cage = Loc("PND-01");

    private static (InboundNotice Notice, StockLedger Ledger) ReceiveWithDiscrepancies()
    {
        var notice = new NoticeBuilder().WithLine(1, "A", 10, lot: "L1").WithLine(2, "B", 5).Build();
        var ledger = new StockLedger();
        ledger.Apply(InboundMovements.Notified(notice, Dock, T0));
        notice.RecordScan(Scan("A", 12, lot: "L1"));
        notice.RecordScan(Scan("B", 3));
        notice.RecordScan(Scan("B", 1, condition: ItemCondition.Damaged));
        notice.CloseReceipt(T0.AddHours(1));
        ledger.Apply(InboundMovements.Received(notice, Dock, Cage, T0.AddHours(1)));
        return (notice, ledger);
    }

    [Fact]
    public void Notified_goods_count_as_available_before_arrival()
    {
        var notice = new NoticeBuilder().WithLine(1, "A", 10).Build();
        var ledger = new StockLedger();
        ledger.Apply(InboundMovements.Notified(notice, Dock, T0));
        Assert.Equal(10, ledger.Available(new AvailabilityKey(Owner(), Sku("A"), null)));
    }

    [Fact]
    public void Receipt_releases_pending_in_books_good_stock_and_parks_the_rest()
    {
        var (_, ledger) = ReceiveWithDiscrepancies();

        Assert.Equal(0, ledger.Balance(Key("A", "L1", "RCV-01", StockStatus.PendingIn)));
        Assert.Equal(10, ledger.Balance(Key("A", "L1", "RCV-01")));
        Assert.Equal(2, ledger.Balance(Key("A", "L1", "PND-01", StockStatus.PendingDecision)));
        Assert.Equal(3, ledger.Balance(Key("B", null, "RCV-01")));
        Assert.Equal(1, ledger.Balance(Key("B", null, "PND-01", StockStatus.PendingDecision)));
    }

    [Fact]
    public void Decisions_move_parked_goods_and_replaying_everything_changes_nothing()
    {
        var (notice, ledger) = ReceiveWithDiscrepancies();
        notice.Decide("L1-good", OwnerDecision.Accept, T0.AddDays(1));
        notice.Decide("L2-damaged", OwnerDecision.Scrap, T0.AddDays(1));
        ledger.Apply(InboundMovements.Decided(notice, "L1-good", Cage, Dock, T0.AddDays(1)));
        ledger.Apply(InboundMovements.Decided(notice, "L2-damaged", Cage, Dock, T0.AddDays(1)));
        var before = ledger.Balances.ToHashSet();

        var replay = InboundMovements.Notified(notice, Dock, T0)
            .Concat(InboundMovements.Received(notice, Dock, Cage, T0.AddHours(1)))
            .Concat(InboundMovements.Decided(notice, "L1-good", Cage, Dock, T0.AddDays(1)))
            .ToList();
        Assert.Equal(0, ledger.Apply(replay).Applied);

        Assert.Equal(12, ledger.Balance(Key("A", "L1", "RCV-01")));
        Assert.Equal(0, ledger.Balance(Key("B", null, "PND-01", StockStatus.PendingDecision)));
        Assert.True(before.SetEquals(ledger.Balances));
    }

    [Fact]
    public void Return_to_supplier_moves_to_its_own_status()
    {
        var (notice, ledger) = ReceiveWithDiscrepancies();
        notice.Decide("L1-good", OwnerDecision.ReturnToSupplier, T0);
        ledger.Apply(InboundMovements.Decided(notice, "L1-good", Cage, Cage, T0));
        Assert.Equal(2, ledger.Balance(Key("A", "L1", "PND-01", StockStatus.PendingReturnToSupplier)));
    }

    [Fact]
    public void Undecided_goods_cannot_be_moved()
    {
        var (notice, _) = ReceiveWithDiscrepancies();
        Assert.Throws<DomainException>(() => InboundMovements.Decided(notice, "L1-good", Cage, Dock, T0));
    }

    [Fact]
    public void Open_receipt_cannot_be_booked() =>
        Assert.Throws<DomainException>(() => InboundMovements.Received(new NoticeBuilder().Build(), Dock, Cage, T0));
}
