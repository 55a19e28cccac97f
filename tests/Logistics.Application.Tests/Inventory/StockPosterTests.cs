using Logistics.Application.Inventory;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Common;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;

namespace Logistics.Application.Tests.Inventory;

public sealed class StockPosterTests
{
    private static readonly StockKey Dock = new(OwnerId.Parse(Notices.Owner), Sku.Parse("SKU-B"), null, LocationCode.Parse("DOCK-01"), StockStatus.OnHand);

    [Fact]
    public async Task Posting_the_same_movements_twice_applies_them_once()
    {
        await using var warehouse = new TestWarehouse();
        var movements = Moves("twice", 3, 5);
        await PostAsync(warehouse, movements);
        await PostAsync(warehouse, movements);

        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
        var balance = Assert.Single(await warehouse.AllAsync<BalanceDocument>(Notices.Owner, BalanceDocument.Kind));
        Assert.Equal(15, balance.Quantity);
    }

    [Fact]
    public async Task A_movement_that_would_make_a_balance_negative_is_rejected_and_changes_nothing()
    {
        await using var warehouse = new TestWarehouse();
        await PostAsync(warehouse, Moves("in", 1, 4));
        var take = new StockMovement(MovementId.For("test/out", "1"), Dock, -5, MovementType.Adjustment, warehouse.Clock.GetUtcNow(), "test/out");

        await Assert.ThrowsAsync<DomainException>(() => PostAsync(warehouse, [take]));

        Assert.Equal(4, Assert.Single(await warehouse.AllAsync<BalanceDocument>(Notices.Owner, BalanceDocument.Kind)).Quantity);
        Assert.Single(await warehouse.AllAsync<MovementDocument>(Notices.Owner, MovementDocument.Kind));
    }

    [Fact]
    public async Task Many_movements_are_chunked_into_batches_that_fit_Cosmos_DB()
    {
        await using var warehouse = new TestWarehouse();
        var keys = Enumerable.Range(1, 150).Select(i => Dock with { Lot = LotNumber.Parse($"LOT-{i}") }).ToList();
        var movements = keys.Select((k, i) => new StockMovement(MovementId.For("test/many", $"{i}"), k, i + 1, MovementType.Receipt, warehouse.Clock.GetUtcNow(), "test/many")).ToList();

        await PostAsync(warehouse, movements);

        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
        Assert.Equal(150, (await warehouse.AllAsync<MovementDocument>(Notices.Owner, MovementDocument.Kind)).Count);
        Assert.InRange(warehouse.Store.LargestBatch, 2, CosmosLimitsDocumentStore.MaxOperations);
    }

    private static Task PostAsync(TestWarehouse warehouse, IReadOnlyList<StockMovement> movements) =>
        warehouse.Poster.PostAsync(Notices.Owner, _ => Task.FromResult((new StockPosting($"test/{movements[0].SourceReference}", movements, null), 0)), CancellationToken.None);

    private static List<StockMovement> Moves(string source, int count, int units) =>
        [.. Enumerable.Range(1, count).Select(i => new StockMovement(MovementId.For($"test/{source}", $"{i}"), Dock, units, MovementType.Receipt, DateTimeOffset.UnixEpoch, $"test/{source}"))];
}
