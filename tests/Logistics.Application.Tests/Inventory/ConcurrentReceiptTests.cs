using Logistics.Application.Inventory;
using Logistics.Application.Inbound;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Inventory;

namespace Logistics.Application.Tests.Inventory;

/// <summary>Concurrent receipts and putaways into the same dock and storage balances never lose a movement (real SQLite store).</summary>
public sealed class ConcurrentReceiptTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    public async Task Two_concurrent_receipts_into_one_location_never_lose_a_movement(int seed)
    {
        var random = new Random(seed);
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        long expected = 0;
        for (var round = 0; round < 4; round++)
        {
            var quantities = new[] { random.Next(1, 40), random.Next(1, 40) };
            var ids = new List<string>();
            for (var i = 0; i < 2; i++)
            {
                var accepted = await warehouse.Intake.AcceptJsonAsync(warehouse.Durable, Notices.Owner, Notices.Json($"C{seed}-{round}-{i}", ("SKU-B", quantities[i], "EA", null)), CancellationToken.None);
                await warehouse.Receiving.RecordArrivalAsync(warehouse.Durable, accepted.NoticeId, CancellationToken.None);
                ids.Add(accepted.NoticeId);
            }

            // Each scan completes its notice, so both receipts close at once into DOCK-01's balances.
            var closes = await Task.WhenAll(ids.Select((id, i) => Task.Run(() =>
                warehouse.Receiving.RecordScanAsync(warehouse.Durable, id, new ScanInput("full", Sku: "SKU-B", Quantity: quantities[i]), CancellationToken.None))));
            Assert.All(closes, c => Assert.True(c.ReceiptClosed));
            expected += quantities.Sum();
            Assert.Equal(expected, await OnHandAsync(warehouse, "DOCK-01") + await StoredAsync(warehouse));

            // Both putaways target the same rack (same item first), confirmed concurrently.
            foreach (var id in ids)
            {
                await warehouse.Putaway.PlanAsync(id, CancellationToken.None);
            }

            var confirms = new List<Task>();
            foreach (var id in ids)
            {
                foreach (var task in await warehouse.Putaway.ListAsync(id, openOnly: true, CancellationToken.None))
                {
                    confirms.Add(Task.Run(() => warehouse.Putaway.ConfirmAsync(warehouse.Durable, id, task.TaskNumber, CancellationToken.None)));
                }
            }

            await Task.WhenAll(confirms);
            await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
            Assert.Equal(0, await OnHandAsync(warehouse, "DOCK-01"));
            Assert.Equal(expected, await StoredAsync(warehouse));
        }
    }

    private static async Task<long> OnHandAsync(TestWarehouse warehouse, string location) =>
        (await warehouse.AllAsync<BalanceDocument>(Notices.Owner, BalanceDocument.Kind))
            .Where(b => b.Sku == "SKU-B" && b.Location == location && b.Status == StockStatus.OnHand).Sum(b => b.Quantity);

    private static async Task<long> StoredAsync(TestWarehouse warehouse) =>
        (await warehouse.AllAsync<BalanceDocument>(Notices.Owner, BalanceDocument.Kind))
            .Where(b => b.Sku == "SKU-B" && b.Location.StartsWith("A-", StringComparison.Ordinal) && b.Status == StockStatus.OnHand).Sum(b => b.Quantity);
}
