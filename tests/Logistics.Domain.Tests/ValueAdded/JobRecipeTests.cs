using Logistics.Domain.Common;
using Logistics.Domain.Items;
using Logistics.Domain.ValueAdded;
using static Logistics.Domain.Tests.Builders;

namespace Logistics.Domain.Tests.ValueAdded;

public class JobRecipeTests
{
    [Fact]
    public void N_kits_take_N_times_each_component_line_and_make_N_kits()
    {
        var recipe = JobRecipe.Kit(Sku("KIT"), [KitComponent.Of(Sku("C-1"), 2), KitComponent.Of(Sku("C-2"), 3)], 5);

        Assert.Equal([(Sku("C-1"), 10), (Sku("C-2"), 15)], recipe.Inputs);
        Assert.Equal((Sku("KIT"), 5), (recipe.Output, recipe.OutputUnits));
    }

    [Fact]
    public void A_kit_needs_a_bill_of_materials_and_stays_within_the_units_of_one_job()
    {
        Assert.Throws<DomainException>(() => JobRecipe.Kit(Sku("KIT"), [], 1));
        Assert.Throws<DomainException>(() => JobRecipe.Kit(Sku("KIT"), [KitComponent.Of(Sku("C-1"), 10_000)], 101));
    }

    [Fact]
    public void A_split_turns_cases_into_case_quantity_eaches_of_an_each_item()
    {
        var cases = Item.Create(Owner(), Sku("CASE"), "Cases of 12", UnitOfMeasure.Case, 12);
        var eaches = Item.Create(Owner(), Sku("EACH"), "Single");

        var recipe = JobRecipe.Split(cases, eaches, 3);

        Assert.Equal([(Sku("CASE"), 36)], recipe.Inputs);
        Assert.Equal((Sku("EACH"), 36), (recipe.Output, recipe.OutputUnits));
        Assert.Throws<DomainException>(() => JobRecipe.Split(eaches, eaches, 1));
        Assert.Throws<DomainException>(() => JobRecipe.Split(cases, cases, 1));
    }

    [Fact]
    public void Repack_and_label_carry_the_units_through_and_repack_changes_the_item()
    {
        var repack = JobRecipe.Repack(Sku("A"), Sku("B"), 7);

        Assert.Equal([(Sku("A"), 7)], repack.Inputs);
        Assert.Equal((Sku("B"), 7), (repack.Output, repack.OutputUnits));
        Assert.Equal(Sku("A"), JobRecipe.Label(Sku("A"), 7).Output);
        Assert.Throws<DomainException>(() => JobRecipe.Repack(Sku("A"), Sku("A"), 1));
        Assert.Throws<DomainException>(() => JobRecipe.Label(Sku("A"), 0));
    }

    [Fact]
    public void A_job_number_is_always_a_valid_lot_number()
    {
        var number = JobNumber.Parse("kit-2026.11_7");

        Assert.Equal("KIT-2026.11_7", LotNumber.Parse(number.Value).Value);
        Assert.Throws<DomainException>(() => JobNumber.Parse("A/B"));
        Assert.Throws<DomainException>(() => JobNumber.Parse(new string('9', JobNumber.MaxLength + 1)));
    }
}
