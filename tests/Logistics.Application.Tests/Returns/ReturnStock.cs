using Logistics.Application.Inventory;
using Logistics.Application.Reports;
using Logistics.Application.Tests.Support;

namespace Logistics.Application.Tests.Returns;

/// <summary>
/// The stock columns of one SKU and lot (on hand, pending in, pending out, available, pending decision, pending return to
/// supplier, pending processing), read two independent ways: from the ledger's current-stock list and from the live balances.
/// </summary>
public static class ReturnStock
{
    /// <summary>
    /// Asserts that the current-stock list (summed from the ledger) and the live balances give the same columns per SKU and
    /// lot, that both equal <paramref name="expected"/> (hand-computed; lines not listed are zero), and that every balance is
    /// the sum of its movements.
    /// </summary>
    public static async Task AssertAsync(TestWarehouse warehouse, string step, params (string Sku, string? Lot, long[] Columns)[] expected)
    {
        var now = warehouse.Clock.GetUtcNow();
        var list = await warehouse.Get<StockReports>().CurrentStockAsync(Notices.Owner, now, CancellationToken.None);
        var fromLedger = list.Lines.ToDictionary(l => (l.Sku, l.Lot), l => new[] { l.OnHand, l.PendingIn, l.PendingOut, l.Available, l.PendingDecision, l.PendingReturnToSupplier, l.PendingProcessing });
        var balances = await warehouse.Get<InventoryQueries>().BalancesAsync(Notices.Owner, new InventoryFilter(), null, CancellationToken.None);
        var fromBalances = balances.GroupBy(b => (b.Sku, b.Lot)).ToDictionary(g => g.Key, g =>
        {
            long Sum(params string[] statuses) => g.Where(b => statuses.Contains(b.Status)).Sum(b => b.Quantity);
            var onHand = Sum("OnHand", "Picked");
            var pendingIn = Sum("PendingIn");
            var pendingOut = Sum("PendingOut", "Picked");
            return new[] { onHand, pendingIn, pendingOut, onHand + pendingIn - pendingOut, Sum("PendingDecision", "OnHold", "Quarantined"), Sum("PendingReturnToSupplier"), Sum("PendingProcessing") };
        }).Where(p => p.Value.Any(v => v != 0)).ToDictionary(p => p.Key, p => p.Value);

        var want = expected.ToDictionary(e => (e.Sku, e.Lot), e => e.Columns);
        Assert.True(Same(want, fromLedger), $"{step}: the current-stock list {Text(fromLedger)} is not the hand-computed {Text(want)}");
        Assert.True(Same(want, fromBalances), $"{step}: the live balances {Text(fromBalances)} are not the hand-computed {Text(want)}");
        await warehouse.AssertBalancesEqualLedgerAsync(Notices.Owner);
    }

    /// <summary>The seven columns, for readable expectations.</summary>
    public static long[] Columns(long onHand, long pendingIn, long pendingOut, long available, long pendingDecision, long returnToSupplier, long processing) =>
        [onHand, pendingIn, pendingOut, available, pendingDecision, returnToSupplier, processing];

    private static bool Same(Dictionary<(string, string?), long[]> a, Dictionary<(string, string?), long[]> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var other) && other.SequenceEqual(p.Value));

    private static string Text(Dictionary<(string Sku, string? Lot), long[]> lines) =>
        "{" + string.Join("; ", lines.OrderBy(l => l.Key.Sku, StringComparer.Ordinal).Select(l => $"{l.Key.Sku}/{l.Key.Lot ?? "-"}: {string.Join(",", l.Value)}")) + "}";
}
