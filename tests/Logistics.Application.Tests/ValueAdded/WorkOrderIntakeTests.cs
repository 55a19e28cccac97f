using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Tests.Support;
using Logistics.Application.ValueAdded;
using Logistics.Domain.Inventory;

namespace Logistics.Application.Tests.ValueAdded;

/// <summary>Ordering jobs: identity, bad input named by field, short stock refused whole, and the other kinds' recipes and lots.</summary>
public sealed class WorkOrderIntakeTests
{
    [Fact]
    public async Task The_same_order_twice_is_one_job_and_another_under_its_number_is_refused()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);

        var first = await Jobs.OrderAsync(warehouse, Jobs.Kit("J-1", 2));
        var movements = (await warehouse.AllAsync<MovementDocument>(Jobs.Owner, MovementDocument.Kind)).Count;
        var again = await Jobs.OrderAsync(warehouse, Jobs.Kit("J-1", 2));
        var other = await Assert.ThrowsAsync<StateConflictException>(() => Jobs.OrderAsync(warehouse, Jobs.Kit("J-1", 3)));

        Jobs.AssertSame(first, again);
        Assert.Contains("taken", other.Message, StringComparison.Ordinal);
        Assert.Equal(movements, (await warehouse.AllAsync<MovementDocument>(Jobs.Owner, MovementDocument.Kind)).Count);
        Assert.Single(await warehouse.AllAsync<ValueAddedJobDocument>(Jobs.Owner, ValueAddedJobDocument.Kind));
    }

    [Fact]
    public async Task Short_stock_refuses_the_whole_job_naming_each_short_item_and_reserves_nothing()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);
        var before = await Jobs.BalancesAsync(warehouse);

        // 9 kits need 18 × C-1 (16 in stock) and 27 × C-2 (30 in stock).
        var refused = await Assert.ThrowsAsync<StateConflictException>(() => Jobs.OrderAsync(warehouse, Jobs.Kit("J-2", 9)));

        Assert.Contains("C-1 needs 18, 16 available", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("C-2", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await Jobs.BalancesAsync(warehouse));
        Assert.Empty(await warehouse.AllAsync<ValueAddedJobDocument>(Jobs.Owner, ValueAddedJobDocument.Kind));
    }

    [Theory]
    [InlineData(null, "kit", "KIT-1", 1, null, "/jobNumber")]
    [InlineData("J-3", "bake", "KIT-1", 1, null, "/kind")]
    [InlineData("J-3", "kit", "NOPE", 1, null, "/sku")]
    [InlineData("J-3", "kit", "C-2", 1, null, "/sku")]
    [InlineData("J-3", "kit", "KIT-1", 0, null, "/units")]
    [InlineData("J-3", "kit", "KIT-1", 1, "C-1", "/inputSku")]
    [InlineData("J-3", "split", "EACH-1", 1, null, "/inputSku")]
    [InlineData("J-3", "split", "EACH-1", 1, "C-2", "/inputSku")]
    [InlineData("J-3", "repack", "C-2", 1, "C-2", "/inputSku")]
    [InlineData("J-3", "repack", "C-2", 1, "NOPE", "/inputSku")]
    public async Task Bad_input_is_refused_naming_the_field_and_stores_nothing(string? number, string kind, string sku, int units, string? inputSku, string pointer)
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);

        var refused = await Assert.ThrowsAsync<WarehouseValidationException>(() => Jobs.OrderAsync(warehouse, new WorkOrderInput(number, kind, sku, units, inputSku)));

        Assert.Contains(refused.Errors, e => e.Pointer == pointer);
        Assert.Empty(await warehouse.AllAsync<ValueAddedJobDocument>(Jobs.Owner, ValueAddedJobDocument.Kind));
    }

    [Fact]
    public async Task A_split_turns_cases_into_eaches_of_the_each_item_and_keeps_the_lot_and_its_dates()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);

        var job = await Jobs.OrderAsync(warehouse, new WorkOrderInput("SPLIT-1", "split", "EACH-1", 2, "CASE-1"));
        Assert.Equal(12, job.OutputUnits);
        Assert.Equal([new ValueAddedInputRecord("CASE-1", 12)], job.Inputs);
        job = await Jobs.CompleteAsync(warehouse, await Jobs.PickAllAsync(warehouse, job));

        Assert.Equal(new Dictionary<string, long> { ["CASE-1"] = -12, ["EACH-1"] = 12 }, await Jobs.NetPerSkuAsync(warehouse, job));
        Assert.Equal(12, (await Jobs.BalancesAsync(warehouse))[("EACH-1", "L-CASE", "A-01-06", StockStatus.OnHand, null)]);
        var lots = await warehouse.AllAsync<LotDocument>(Jobs.Owner, LotDocument.Kind);
        var caseLot = lots.Single(l => l.Sku == "CASE-1");
        var eachLot = lots.Single(l => l.Sku == "EACH-1");
        Assert.Equal((caseLot.Lot, caseLot.Expiry, caseLot.ReceivedAt), (eachLot.Lot, eachLot.Expiry, eachLot.ReceivedAt));
        await warehouse.AssertBalancesEqualLedgerAsync(Jobs.Owner);
        await Jobs.AssertStockListAgreesWithBalancesAsync(warehouse);
    }

    [Fact]
    public async Task Repack_and_label_carry_the_units_through_unchanged()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);

        var repack = await Jobs.CompleteAsync(warehouse, await Jobs.PickAllAsync(warehouse, await Jobs.OrderAsync(warehouse, new WorkOrderInput("RP-1", "repack", "EACH-1", 5, "C-2"))));
        var label = await Jobs.CompleteAsync(warehouse, await Jobs.PickAllAsync(warehouse, await Jobs.OrderAsync(warehouse, new WorkOrderInput("LB-1", "label", "C-1", 7))), "B-01-01");

        Assert.Equal(new Dictionary<string, long> { ["C-2"] = -5, ["EACH-1"] = 5 }, await Jobs.NetPerSkuAsync(warehouse, repack));
        Assert.Empty(await Jobs.NetPerSkuAsync(warehouse, label));
        Assert.Equal([("C-1", "L-EARLY", 6), ("C-1", "L-LATE", 1)], label.Outputs.Select(o => (o.Sku, o.Lot, o.Units)).ToList());
        var balances = await Jobs.BalancesAsync(warehouse);
        Assert.Equal(6, balances[("C-1", "L-EARLY", "B-01-01", StockStatus.OnHand, null)]);
        await warehouse.AssertBalancesEqualLedgerAsync(Jobs.Owner);
        await Jobs.AssertStockListAgreesWithBalancesAsync(warehouse);
    }

    [Fact]
    public async Task Completion_refuses_a_location_outside_storage_and_other_units()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);
        var job = await Jobs.PickAllAsync(warehouse, await Jobs.OrderAsync(warehouse, Jobs.Kit("J-4", 1)));

        var dock = await Assert.ThrowsAsync<WarehouseValidationException>(() => Jobs.CompleteAsync(warehouse, job, "DOCK-01"));
        var units = await Assert.ThrowsAsync<WarehouseValidationException>(() =>
            warehouse.Get<ValueAddedCompletion>().CompleteAsync(warehouse.Durable, job.JobId, new ValueAddedCompletionInput("A-01-06", 2), CancellationToken.None));

        Assert.Equal("/location", Assert.Single(dock.Errors).Pointer);
        Assert.Equal("/units", Assert.Single(units.Errors).Pointer);
        Assert.Equal(ValueAddedStage.Processing, (await Jobs.ReadAsync(warehouse, job.JobId)).Stage);
    }

    [Fact]
    public async Task The_item_master_refuses_a_bill_of_materials_with_unknown_items_itself_or_a_cycle()
    {
        await using var warehouse = new TestWarehouse();
        await Jobs.SeedAsync(warehouse);
        await warehouse.Items.PutAsync(Jobs.Owner, "KIT-2", new ItemInput("Big kit", Components: [new KitComponentInput("KIT-1", 1), new KitComponentInput("C-2", 1)]), CancellationToken.None);

        async Task<string> Refused(string sku, params KitComponentInput[] components) =>
            string.Join(" | ", (await Assert.ThrowsAsync<WarehouseValidationException>(() =>
                warehouse.Items.PutAsync(Jobs.Owner, sku, new ItemInput("Kit", Components: components), CancellationToken.None))).Errors.Select(e => $"{e.Pointer}: {e.Message}"));

        Assert.StartsWith("/components/0/sku", await Refused("KIT-3", new KitComponentInput("NOPE", 1)), StringComparison.Ordinal);
        Assert.StartsWith("/components/1/sku", await Refused("KIT-3", new KitComponentInput("C-1", 1), new KitComponentInput("KIT-3", 1)), StringComparison.Ordinal);
        Assert.StartsWith("/components/0/units", await Refused("KIT-3", new KitComponentInput("C-1", 0)), StringComparison.Ordinal);
        Assert.Contains("KIT-1 → KIT-2 → KIT-1", await Refused("KIT-1", new KitComponentInput("KIT-2", 1)), StringComparison.Ordinal);
        var kit = await warehouse.Items.FindAsync(Jobs.Owner, "KIT-1", CancellationToken.None);
        Assert.Equal([new KitComponentRecord("C-1", 2), new KitComponentRecord("C-2", 3)], kit!.Components);
    }
}
