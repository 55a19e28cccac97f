using Logistics.Domain.Outbound;
using static Logistics.Domain.Tests.Builders;

namespace Logistics.Domain.Tests.Outbound;

public class AllocationPlannerTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static StockCandidate At(string location, string? lot, long free, DateOnly? expiry = null, int receivedDay = 0) =>
        new(Loc(location), lot is null ? null : Lot(lot), expiry, receivedDay == 0 ? null : T0.AddDays(receivedDay), free);

    [Fact]
    public void Expiry_controlled_items_take_the_first_expiring_lot_first_even_when_it_came_in_later()
    {
        var plan = AllocationPlanner.Plan(new AllocationDemand(8, ExpiryControlled: true),
        [
            At("A-01-01", "OLD", 5, new DateOnly(2026, 9, 1), receivedDay: 1),
            At("A-01-02", "SOON", 5, new DateOnly(2026, 4, 1), receivedDay: 9),
        ], Today);

        Assert.Equal([new Reservation(Loc("A-01-02"), Lot("SOON"), 5), new Reservation(Loc("A-01-01"), Lot("OLD"), 3)], plan);
    }

    [Fact]
    public void Other_items_take_the_first_received_lot_first()
    {
        var plan = AllocationPlanner.Plan(new AllocationDemand(4, ExpiryControlled: false),
        [
            At("A-01-01", "NEW", 10, receivedDay: 9),
            At("A-01-02", "FIRST", 3, receivedDay: 2),
        ], Today);

        Assert.Equal([new Reservation(Loc("A-01-02"), Lot("FIRST"), 3), new Reservation(Loc("A-01-01"), Lot("NEW"), 1)], plan);
    }

    [Fact]
    public void Within_a_lot_the_emptiest_location_goes_first()
    {
        var plan = AllocationPlanner.Plan(new AllocationDemand(3, ExpiryControlled: false),
        [
            At("A-01-01", "L1", 10, receivedDay: 1),
            At("A-01-02", "L1", 2, receivedDay: 1),
        ], Today);

        Assert.Equal([new Reservation(Loc("A-01-02"), Lot("L1"), 2), new Reservation(Loc("A-01-01"), Lot("L1"), 1)], plan);
    }

    [Fact]
    public void A_requested_lot_is_the_only_lot_taken()
    {
        var plan = AllocationPlanner.Plan(new AllocationDemand(6, ExpiryControlled: false, Lot: Lot("WANTED")),
        [
            At("A-01-01", "OTHER", 50, receivedDay: 1),
            At("A-01-02", "WANTED", 4, receivedDay: 5),
        ], Today);

        Assert.Equal([new Reservation(Loc("A-01-02"), Lot("WANTED"), 4)], plan);
    }

    [Fact]
    public void Expired_lots_and_lots_short_of_the_asked_shelf_life_never_allocate()
    {
        var candidates = new[]
        {
            At("A-01-01", "EXPIRED", 5, new DateOnly(2026, 2, 28)),
            At("A-01-02", "SHORT", 5, new DateOnly(2026, 3, 20)),
            At("A-01-03", "LONG", 5, new DateOnly(2026, 6, 1)),
            At("A-01-04", "UNKNOWN", 5),
        };

        var plain = AllocationPlanner.Plan(new AllocationDemand(20, ExpiryControlled: true), candidates, Today);
        var shelfLife = AllocationPlanner.Plan(new AllocationDemand(20, ExpiryControlled: true, MinimumShelfLifeDays: 30), candidates, Today);

        Assert.DoesNotContain(plain, r => r.Lot == Lot("EXPIRED"));
        Assert.Equal(15, plain.Sum(r => r.Units));
        Assert.Equal([new Reservation(Loc("A-01-03"), Lot("LONG"), 5)], shelfLife);
    }

    [Fact]
    public void Nothing_free_plans_nothing()
    {
        Assert.Empty(AllocationPlanner.Plan(new AllocationDemand(3, ExpiryControlled: false), [At("A-01-01", null, 0), At("A-01-02", null, -2)], Today));
    }

    public static TheoryData<int> Seeds() => [1, 7, 42, 2026, 31337];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_plan_never_takes_more_than_is_free_or_asked_and_takes_all_it_can(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var candidates = Enumerable.Range(1, random.Next(0, 8)).Select(i => At(
                $"A-01-{i:00}", random.Next(4) == 0 ? null : $"L{random.Next(1, 4)}", random.Next(-2, 20),
                random.Next(3) == 0 ? null : Today.AddDays(random.Next(-10, 90)), random.Next(0, 30))).ToList();
            var demand = new AllocationDemand(random.Next(1, 60), random.Next(2) == 0, random.Next(5) == 0 ? Lot("L1") : null,
                random.Next(4) == 0 ? random.Next(0, 60) : null);

            var plan = AllocationPlanner.Plan(demand, candidates, Today);

            Assert.True(plan.Sum(r => r.Units) <= demand.Units);
            Assert.All(plan, r => Assert.True(r.Units > 0));
            foreach (var reservation in plan)
            {
                var candidate = Assert.Single(candidates, c => c.Location == reservation.Location && c.Lot == reservation.Lot);
                Assert.True(reservation.Units <= candidate.Free);
                Assert.True(candidate.Expiry is not { } expiry || expiry >= Today, "an expired lot was planned");
                Assert.True(demand.Lot is null || reservation.Lot == demand.Lot);
            }

            // Short only when every eligible unit is planned.
            var eligible = candidates.Where(c => Eligible(demand, c)).Sum(c => c.Free);
            Assert.Equal(Math.Min(eligible, demand.Units), plan.Sum(r => r.Units));

            if (demand.ExpiryControlled)
            {
                var expiries = plan.Select(r => candidates.First(c => c.Location == r.Location && c.Lot == r.Lot).Expiry ?? DateOnly.MaxValue).ToList();
                Assert.Equal(expiries.Order(), expiries);
            }
        }
    }

    private static bool Eligible(AllocationDemand demand, StockCandidate candidate) =>
        candidate.Free > 0
        && (demand.Lot is null || candidate.Lot == demand.Lot)
        && !(candidate.Expiry < Today)
        && (demand.MinimumShelfLifeDays is not { } days || (candidate.Expiry is { } expiry && expiry >= Today.AddDays(days)));
}
