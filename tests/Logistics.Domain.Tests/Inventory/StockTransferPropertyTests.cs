using Logistics.Domain.Common;
using Logistics.Domain.Inventory;
using static Logistics.Domain.Tests.Builders;

namespace Logistics.Domain.Tests.Inventory;

/// <summary>Random transfers between locations and statuses, from fixed seeds.</summary>
public class StockTransferPropertyTests
{
    private static readonly string[] Locations = ["RCV-01", "A-01-01", "A-01-02", "PND-01"];
    private static readonly StockStatus[] Physical =
        [StockStatus.OnHand, StockStatus.PendingDecision, StockStatus.PendingReturnToSupplier, StockStatus.PendingProcessing];

    public static TheoryData<int> Seeds() => [7, 11, 2026, 65537];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Transfers_conserve_the_total_and_never_leave_half_a_pair(int seed)
    {
        var random = new Random(seed);
        var ledger = new StockLedger();
        ledger.Apply(Move("opening", Key(location: "RCV-01"), 100));
        var rejected = 0;
        for (var i = 0; i < 300; i++)
        {
            var from = Key(location: Locations[random.Next(Locations.Length)], status: Physical[random.Next(Physical.Length)]);
            var to = Key(location: Locations[random.Next(Locations.Length)], status: Physical[random.Next(Physical.Length)]);
            if (from == to)
            {
                continue;
            }

            var pair = StockMovement.Transfer("transfer", $"t{i}", from, to, Qty(random.Next(1, 40)), MovementType.Putaway, T0.AddMinutes(i));
            try
            {
                ledger.Apply(pair);
            }
            catch (DomainException)
            {
                rejected++;
                Assert.False(ledger.HasApplied(pair[1].Id), "the 'to' half of a refused transfer was applied");
            }

            Assert.Equal(100, ledger.Balances.Sum(b => b.Quantity));
            Assert.Equal(ledger.HasApplied(pair[0].Id), ledger.HasApplied(pair[1].Id));
        }

        Assert.InRange(rejected, 1, 299);
    }
}
