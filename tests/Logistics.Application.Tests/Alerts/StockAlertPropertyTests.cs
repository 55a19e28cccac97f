using Logistics.Application.Alerts;
using Logistics.Application.Events;
using Logistics.Application.Inventory;
using Logistics.Application.Tests.Support;
using Logistics.Domain.Common;
using Logistics.Domain.Inventory;
using Logistics.Domain.Items;
using Logistics.Domain.Locations;
using Logistics.Domain.Owners;

namespace Logistics.Application.Tests.Alerts;

/// <summary>
/// Random sequences of stock changes (receipts, removals, allocations and their release, announced and withdrawn
/// pending in) from fixed seeds on the real store, each followed by a random mix of event-driven and timer evaluations,
/// sometimes repeated: the alerts raised and cleared are exactly the transitions of the condition an oracle computes
/// from its own tally of the changes, each transition once, with its occurrence number.
/// </summary>
public sealed class StockAlertPropertyTests
{
    private const string Location = "A-01-01";

    // SKU-A uses the owner's default threshold, SKU-B its own.
    private static readonly Dictionary<string, long> Thresholds = new(StringComparer.Ordinal) { ["SKU-A"] = 6, ["SKU-B"] = 4 };

    public static TheoryData<int> Seeds() => [1, 7, 42, 2026];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Alerts_follow_exactly_the_transitions_of_the_condition(int seed)
    {
        var random = new Random(seed);
        await using var warehouse = new TestWarehouse();
        await Notices.RegisterItemsAsync(warehouse);
        await warehouse.Get<AlertSettings>().PutAsync(AlertFlows.Owner, Thresholds["SKU-A"], [new SkuThreshold("SKU-B", Thresholds["SKU-B"])], 30, CancellationToken.None);
        var evaluator = warehouse.Get<StockAlertEvaluator>();
        var tally = Thresholds.Keys.ToDictionary(s => s, _ => new long[3], StringComparer.Ordinal);
        var low = Thresholds.Keys.ToDictionary(s => s, _ => false, StringComparer.Ordinal);
        var occurrences = Thresholds.Keys.ToDictionary(s => s, _ => 0, StringComparer.Ordinal);
        var held = new HashSet<string>(StringComparer.Ordinal);
        var expected = new List<string>();
        var seen = new List<WarehouseEvent>();
        var posted = 0;

        // The oracle: available = on hand + pending in − pending out; low while below the threshold, for an item with its own
        // threshold from the start, for one on the owner's default once the warehouse has held it (a change was posted).
        void Oracle()
        {
            foreach (var item in Thresholds.Keys)
            {
                var available = tally[item][0] + tally[item][1] - tally[item][2];
                var isLow = (item == "SKU-B" || held.Contains(item)) && available < Thresholds[item];
                if (isLow != low[item])
                {
                    low[item] = isLow;
                    occurrences[item] += isLow ? 1 : 0;
                    expected.Add($"{(isLow ? "Raised" : "Cleared")} LowStock {item} #{occurrences[item]}");
                }
            }
        }

        // As PUT /api/alerts/settings does: the new settings are evaluated at once (SKU-B, without stock, is low).
        await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
        Oracle();

        for (var step = 0; step < 60; step++)
        {
            var sku = random.Next(2) == 0 ? "SKU-A" : "SKU-B";
            if (await RandomChangeAsync(warehouse, random, sku, tally[sku], $"prop/{seed}/{step}"))
            {
                posted++;
                held.Add(sku);
            }

            // Evaluate as an event would, as the timer would, both, or the event twice (a redelivery).
            switch (random.Next(4))
            {
                case 0:
                    await evaluator.EvaluateSkusAsync(AlertFlows.Owner, [sku], CancellationToken.None);
                    break;
                case 1:
                    await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
                    break;
                case 2:
                    await evaluator.EvaluateSkusAsync(AlertFlows.Owner, [sku], CancellationToken.None);
                    await evaluator.EvaluateOwnerAsync(AlertFlows.Owner, CancellationToken.None);
                    break;
                default:
                    await evaluator.EvaluateSkusAsync(AlertFlows.Owner, [sku, sku == "SKU-A" ? "SKU-B" : "SKU-A"], CancellationToken.None);
                    await evaluator.EvaluateSkusAsync(AlertFlows.Owner, [sku], CancellationToken.None);
                    break;
            }

            Oracle();
            await AlertFlows.AlertEventsAsync(warehouse, seen);
            Assert.Equal(expected, seen.Select(AlertFlows.Describe));
        }

        // The walk must cross the thresholds both ways, or it proves little.
        Assert.True(posted > 30, $"only {posted} changes posted");
        Assert.Contains(expected, e => e.StartsWith("Cleared", StringComparison.Ordinal));
        Assert.Equal(seen.Count, seen.Select(e => e.Id).Distinct().Count());
        var alerts = await AlertFlows.AlertsAsync(warehouse);
        Assert.All(alerts, a => Assert.Equal(low[a.Sku] ? AlertState.Active : AlertState.Cleared, a.State));
    }

    // One random change of the item's stock at one location; false when the ledger refuses it (nothing changes).
    private static async Task<bool> RandomChangeAsync(TestWarehouse warehouse, Random random, string sku, long[] tally, string step)
    {
        var units = random.Next(1, 6);
        var (status, delta, slot) = random.Next(6) switch
        {
            0 or 1 => (StockStatus.OnHand, units, 0),
            2 => (StockStatus.OnHand, -units, 0),
            3 => (StockStatus.PendingOut, units, 2),
            4 => (StockStatus.PendingOut, -units, 2),
            _ => (StockStatus.PendingIn, random.Next(2) == 0 ? units : -units, 1),
        };
        var lot = sku == "SKU-A" ? LotNumber.Parse("L1") : null;
        var key = new StockKey(OwnerId.Parse(AlertFlows.Owner), Sku.Parse(sku), lot, LocationCode.Parse(Location), status);
        var movement = new StockMovement(MovementId.For(step), key, delta, MovementType.Adjustment, warehouse.Clock.GetUtcNow(), step);
        try
        {
            await warehouse.Poster.PostAsync(AlertFlows.Owner, _ => Task.FromResult((new StockPosting(step, [movement], null), 0)), CancellationToken.None);
        }
        catch (DomainException)
        {
            return false;
        }

        tally[slot] += delta;
        return true;
    }
}
