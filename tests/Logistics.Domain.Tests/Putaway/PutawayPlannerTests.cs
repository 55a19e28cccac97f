using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Putaway;
using static Logistics.Domain.Tests.Builders;

namespace Logistics.Domain.Tests.Putaway;

public class PutawayPlannerTests
{
    private static Item Book(HandlingFlags handling = HandlingFlags.None)
    {
        var item = Item.Create(Owner(), Sku("BOOK-001"), "A book");
        item.ChangeHandling(handling);
        return item;
    }

    private static LocationState Shelf(string code, int capacity, HandlingFlags allowed = HandlingFlags.None, params LocationContent[] contents) =>
        new(Location.Create(Loc(code), Zone.Storage, capacity, allowed), contents);

    private static LocationContent Holds(string sku, string? lot, long units, string owner = "demo-publisher") =>
        new(Owner(owner), Sku(sku), lot is null ? null : Lot(lot), units);

    private static string Describe(PutawayPlan plan) =>
        string.Join(",", plan.Suggestions.Select(s => $"{s.Location}:{s.Quantity}")) + $"|{plan.UnplacedUnits}";

    [Fact]
    public void Same_item_and_lot_comes_first()
    {
        var plan = PutawayPlanner.Suggest(Book(), Lot("L1"), Qty(5), [
            Shelf("A-01-01", 100),
            Shelf("B-01-01", 100, HandlingFlags.None, Holds("BOOK-001", "L1", 10)),
        ]);
        Assert.Equal("B-01-01:5|0", Describe(plan));
    }

    [Fact]
    public void Other_lot_of_same_item_is_not_consolidation()
    {
        var plan = PutawayPlanner.Suggest(Book(), Lot("L1"), Qty(5), [
            Shelf("A-01-01", 100, HandlingFlags.None, Holds("BOOK-001", "L2", 10)),
            Shelf("B-01-01", 100),
        ]);
        Assert.Equal("B-01-01:5|0", Describe(plan));
    }

    [Fact]
    public void Splits_across_locations_by_free_capacity_in_deterministic_order()
    {
        var plan = PutawayPlanner.Suggest(Book(), null, Qty(25), [
            Shelf("A-01-03", 10),
            Shelf("A-01-01", 10, HandlingFlags.None, Holds("OTHER", null, 2)),
            Shelf("A-01-02", 10),
        ]);
        Assert.Equal("A-01-02:10,A-01-03:10,A-01-01:5|0", Describe(plan));
    }

    [Fact]
    public void Reports_units_that_do_not_fit()
    {
        var plan = PutawayPlanner.Suggest(Book(), null, Qty(15), [Shelf("A-01-01", 10)]);
        Assert.Equal("A-01-01:10|5", Describe(plan));
        Assert.False(plan.IsComplete);
    }

    [Fact]
    public void Handling_flags_must_be_allowed_and_special_locations_are_used_last()
    {
        var humid = PutawayPlanner.Suggest(Book(HandlingFlags.HumidityControlled), null, Qty(5), [
            Shelf("A-01-01", 100),
            Shelf("H-01-01", 100, HandlingFlags.HumidityControlled),
        ]);
        Assert.Equal("H-01-01:5|0", Describe(humid));

        var plain = PutawayPlanner.Suggest(Book(), null, Qty(5), [
            Shelf("A-01-01", 100, HandlingFlags.HumidityControlled),
            Shelf("Z-01-01", 100),
        ]);
        Assert.Equal("Z-01-01:5|0", Describe(plain));
    }

    [Fact]
    public void Never_mixes_owners_and_ignores_non_storage_zones()
    {
        var plan = PutawayPlanner.Suggest(Book(), null, Qty(5), [
            Shelf("A-01-01", 100, HandlingFlags.None, Holds("BOOK-001", null, 1, owner: "someone-else")),
            new LocationState(Location.Create(Loc("RCV-01"), Zone.Receiving, 1000), []),
        ]);
        Assert.Equal("|5", Describe(plan));
    }

    [Fact]
    public void Full_location_is_skipped()
    {
        var plan = PutawayPlanner.Suggest(Book(), null, Qty(5), [
            Shelf("A-01-01", 10, HandlingFlags.None, Holds("BOOK-001", null, 10)),
            Shelf("A-01-02", 10),
        ]);
        Assert.Equal("A-01-02:5|0", Describe(plan));
    }
}
