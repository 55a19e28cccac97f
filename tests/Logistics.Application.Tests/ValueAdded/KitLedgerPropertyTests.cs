using System.Globalization;
using Logistics.Application.Items;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.ValueAdded;

/// <summary>
/// Property: over random bills of materials, stock spread over lots and locations and kit counts, a completed kit job's
/// net ledger effect is exactly −N × BOM for each component and +N kits, and a job cancelled after its picks has none.
/// </summary>
public sealed class KitLedgerPropertyTests
{
    private const int Seed = 20261121;
    private const int Cases = 12;

    [Fact]
    public async Task A_kit_jobs_net_ledger_effect_is_minus_N_times_the_BOM_plus_N_kits()
    {
        await using var warehouse = new TestWarehouse();
        var random = new Random(Seed);
        var racks = new[] { "A-01-01", "A-01-02", "A-01-03", "A-01-04", "A-01-05", "A-01-06" };
        for (var i = 0; i < Cases; i++)
        {
            var owner = $"prop-{i}";
            var components = Enumerable.Range(1, random.Next(1, 5)).Select(c => (Sku: $"P-{c}", Units: random.Next(1, 5), Lots: random.Next(2) == 0)).ToList();
            var kits = random.Next(1, 7);
            var cancel = random.Next(3) == 0;
            var context = $"seed {Seed}, case {i}: {kits} kits of [{string.Join(", ", components.Select(c => $"{c.Units} × {c.Sku}"))}], {(cancel ? "cancelled" : "completed")}";
            foreach (var (sku, units, lots) in components)
            {
                await warehouse.Items.PutAsync(owner, sku, new ItemInput($"Component {sku}", LotControlled: lots), CancellationToken.None);

                // At least what the job needs, spread over up to three lots or locations, plus some to spare.
                var needed = units * kits;
                var parts = random.Next(1, 4);
                for (var p = 0; p < parts; p++)
                {
                    var share = (needed / parts) + (p == 0 ? needed % parts : 0) + random.Next(0, 3);
                    if (share > 0)
                    {
                        await Jobs.StockAsync(warehouse, owner, sku, lots ? $"L{p}" : null, racks[random.Next(racks.Length)], share,
                            lots ? new DateOnly(2027, 1 + p, 1) : null, warehouse.Clock.GetUtcNow().AddDays(-p));
                    }
                }
            }

            await warehouse.Items.PutAsync(owner, "PK", new ItemInput("Random kit", Components: [.. components.Select(c => new KitComponentInput(c.Sku, c.Units))]), CancellationToken.None);
            var before = await Jobs.BalancesAsync(warehouse, owner);

            var job = await Jobs.PickAllAsync(warehouse, await Jobs.OrderAsync(warehouse, Jobs.Kit(string.Create(CultureInfo.InvariantCulture, $"PK-{i}"), kits, "PK"), owner));
            job = cancel ? await Jobs.CancelAsync(warehouse, job) : await Jobs.CompleteAsync(warehouse, job);

            var expected = cancel
                ? []
                : components.ToDictionary(c => c.Sku, c => -(long)c.Units * kits).Append(new KeyValuePair<string, long>("PK", kits)).ToDictionary();
            Assert.True(expected.OrderBy(e => e.Key).SequenceEqual((await Jobs.NetPerSkuAsync(warehouse, job)).OrderBy(e => e.Key)), context);
            if (cancel)
            {
                Assert.Equal(before, await Jobs.BalancesAsync(warehouse, owner));
            }

            await warehouse.AssertBalancesEqualLedgerAsync(owner);
            await Jobs.AssertStockListAgreesWithBalancesAsync(warehouse, owner);
        }
    }
}
