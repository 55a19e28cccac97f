using Logistics.Domain.Items;
using Logistics.Domain.ValueAdded;
using static Logistics.Domain.Tests.Builders;

namespace Logistics.Domain.Tests.ValueAdded;

public class BillOfMaterialsTests
{
    private static readonly Dictionary<Sku, IReadOnlyList<KitComponent>> Known = new()
    {
        [Sku("C-1")] = [],
        [Sku("C-2")] = [],
        [Sku("KIT-A")] = [KitComponent.Of(Sku("C-1"), 2)],
        [Sku("KIT-B")] = [KitComponent.Of(Sku("KIT-A"), 1), KitComponent.Of(Sku("C-2"), 1)],
    };

    [Fact]
    public void Existing_distinct_components_that_do_not_lead_back_to_the_kit_are_fine()
    {
        Assert.Empty(BillOfMaterials.Faults(Sku("KIT-C"), [KitComponent.Of(Sku("KIT-B"), 1), KitComponent.Of(Sku("C-1"), 3)], Known));
    }

    [Fact]
    public void The_kit_itself_a_repeated_or_an_unknown_component_are_faults_at_their_index()
    {
        var faults = BillOfMaterials.Faults(Sku("KIT-C"),
            [KitComponent.Of(Sku("C-1"), 1), KitComponent.Of(Sku("KIT-C"), 1), KitComponent.Of(Sku("C-1"), 2), KitComponent.Of(Sku("NOPE"), 1)], Known);

        Assert.Equal([1, 2, 3], faults.Select(f => f.Index));
        Assert.Contains("itself", faults[0].Message, StringComparison.Ordinal);
        Assert.Contains("twice", faults[1].Message, StringComparison.Ordinal);
        Assert.Contains("not in the item master", faults[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_whose_components_lead_back_to_the_kit_is_a_cycle_named_by_its_path()
    {
        // KIT-A would contain KIT-B, which contains KIT-A.
        var fault = Assert.Single(BillOfMaterials.Faults(Sku("KIT-A"), [KitComponent.Of(Sku("KIT-B"), 1)], Known));

        Assert.Equal(0, fault.Index);
        Assert.Contains("KIT-A → KIT-B → KIT-A", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(KitComponent.MaxUnits + 1)]
    public void A_component_takes_at_least_one_unit_and_a_bounded_number(int units)
    {
        Assert.Throws<Common.DomainException>(() => KitComponent.Of(Sku("C-1"), units));
    }
}
