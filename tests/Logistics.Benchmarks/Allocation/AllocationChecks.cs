using Logistics.Application.Inventory;
using Logistics.Application.Outbound;
using Logistics.Domain.Inventory;

namespace Logistics.Benchmarks.Allocation;

/// <summary>
/// What must hold after a burst of allocations, read back from the store: the orders, the pending-out balances and the
/// ledger agree, and every order got what the stock allowed. Each broken rule is returned as a sentence.
/// </summary>
internal static class AllocationChecks
{
    private const int MaxReported = 10;

    /// <summary>Checks the whole owner partition, and each burst's orders against the stock that was there for them.</summary>
    /// <param name="warehouse">The store to read.</param>
    /// <param name="bursts">Each burst's order ids, the one item they ordered, and its units on hand before (none reserved).</param>
    public static async Task<IReadOnlyList<string>> VerifyAsync(AllocationWarehouse warehouse, params (IReadOnlyCollection<string> Orders, string Sku, long Stock)[] bursts)
    {
        var failures = new List<string>();
        var orders = await warehouse.AllAsync<OrderDocument>(OrderDocument.Kind);
        var balances = await warehouse.AllAsync<BalanceDocument>(BalanceDocument.Kind);
        var movements = await warehouse.AllAsync<MovementDocument>(MovementDocument.Kind);

        // Each order: one committed pass, and its allocation is what its open pick tasks reserve.
        foreach (var order in orders)
        {
            foreach (var line in order.Lines)
            {
                if (line.Allocated < 0 || line.Cancelled < 0 || line.Allocated + line.Picked + line.Cancelled > line.Units)
                {
                    failures.Add($"{order.OrderId} line {line.LineNumber}: allocated {line.Allocated} + cancelled {line.Cancelled} of {line.Units} ordered");
                }

                var reserved = order.PickTasks.Where(t => t.LineNumber == line.LineNumber).Sum(t => t.Remaining);
                if (reserved != line.Allocated)
                {
                    failures.Add($"{order.OrderId} line {line.LineNumber}: allocated {line.Allocated} but its pick tasks reserve {reserved}");
                }
            }

            if (order.NeedsAllocation || order.AllocationRounds != 1)
            {
                failures.Add($"{order.OrderId}: {order.AllocationRounds} allocation passes committed (NeedsAllocation {order.NeedsAllocation}), expected exactly one");
            }
        }

        // Each burst got all the stock there was, or all it asked for: with ShipPartial nothing free is left behind.
        foreach (var (measured, sku, stock) in bursts)
        {
            var ids = measured.ToHashSet(StringComparer.Ordinal);
            var burst = orders.Where(o => ids.Contains(o.OrderId)).ToList();
            if (burst.Count != ids.Count)
            {
                failures.Add($"{ids.Count} orders were allocated but {burst.Count} are stored");
            }

            var demand = burst.SelectMany(o => o.Lines).Where(l => l.Sku == sku).Sum(l => (long)l.Units);
            var allocated = burst.SelectMany(o => o.Lines).Where(l => l.Sku == sku).Sum(l => (long)l.Allocated);
            if (allocated != Math.Min(stock, demand))
            {
                failures.Add($"{sku}: {allocated} units allocated for a demand of {demand} from {stock} on hand, expected {Math.Min(stock, demand)}");
            }

            if (stock >= demand && burst.FirstOrDefault(o => o.Lines.Any(l => l.Outstanding > 0)) is { } unfilled)
            {
                failures.Add($"{unfilled.OrderId}: stock covers every order, yet it has {unfilled.Lines.Sum(l => l.Outstanding)} units outstanding (stage {unfilled.Stage})");
            }
        }

        // Σ pending out = Σ allocated, location by location, and never more than is on hand there.
        var pendingOut = balances.Where(b => b.Status == StockStatus.PendingOut && b.Quantity != 0)
            .ToDictionary(b => (b.Sku, b.Lot, b.Location), b => b.Quantity);
        var tasks = orders.SelectMany(o => o.PickTasks).Where(t => t.Remaining > 0)
            .GroupBy(t => (t.Sku, t.Lot, t.Location)).ToDictionary(g => g.Key, g => (long)g.Sum(t => t.Remaining));
        var totalPendingOut = pendingOut.Values.Sum();
        var totalAllocated = orders.SelectMany(o => o.Lines).Sum(l => (long)l.Allocated);
        if (totalPendingOut != totalAllocated)
        {
            failures.Add($"Σ pending out {totalPendingOut} ≠ Σ allocated {totalAllocated}");
        }

        foreach (var key in pendingOut.Keys.Union(tasks.Keys))
        {
            var balance = pendingOut.GetValueOrDefault(key);
            var reserved = tasks.GetValueOrDefault(key);
            if (balance != reserved)
            {
                failures.Add($"{key}: pending out {balance}, open pick tasks reserve {reserved}");
            }

            var onHand = balances.Where(b => b.Status == StockStatus.OnHand && b.Reference is null && (b.Sku, b.Lot, b.Location) == key).Sum(b => b.Quantity);
            if (balance > onHand)
            {
                failures.Add($"{key}: pending out {balance} exceeds on hand {onHand} (oversold)");
            }
        }

        // Every balance is the sum of its movements, none negative, and each movement was applied once.
        var sums = movements.GroupBy(m => (m.Sku, m.Lot, m.Location, m.Status, m.Reference)).ToDictionary(g => g.Key, g => g.Sum(m => m.Delta));
        foreach (var balance in balances)
        {
            var sum = sums.GetValueOrDefault((balance.Sku, balance.Lot, balance.Location, balance.Status, balance.Reference));
            if (balance.Quantity < 0 || balance.Quantity != sum)
            {
                failures.Add($"{balance.Id}: balance {balance.Quantity}, its movements sum to {sum}");
            }
        }

        if (sums.Count != balances.Count)
        {
            failures.Add($"{sums.Count} stock keys have movements but {balances.Count} balances exist");
        }

        var distinct = movements.Select(m => m.MovementId).Distinct(StringComparer.Ordinal).Count();
        if (distinct != movements.Count)
        {
            failures.Add($"{movements.Count - distinct} movements were applied twice");
        }

        return failures.Count <= MaxReported ? failures : [.. failures.Take(MaxReported), $"… and {failures.Count - MaxReported} more"];
    }
}
