using Logistics.Application.Common;
using Logistics.Application.Inventory;
using Logistics.Application.Reports;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Storage.Documents;

namespace Logistics.Application.Alerts;

/// <summary>
/// Finds each alert's condition from the owner's balances, lots, settings and pending goods, and settles the alert on
/// it (<see cref="StockAlerts"/>): for the items an event touched (<see cref="EvaluateSkusAsync"/>), for the pending goods
/// of an owner (<see cref="EvaluatePendingAsync"/>), and for a whole owner (<see cref="EvaluateOwnerAsync"/>, the timer's
/// pass for the conditions time alone changes, and the safety net).
/// </summary>
/// <remarks>
/// <para>
/// The conditions. <b>Low stock</b>: an item's available stock, on hand + pending in − pending out over all its lots and
/// locations (as <see cref="StockLedger.Available"/> and the current-stock list count it), is below its threshold
/// (<see cref="AlertSettingsDocument.ThresholdOf"/>); with the owner's default only items the warehouse has held (a
/// balance exists) are watched, with an item's own threshold the item is watched from the start. <b>Expiring lot</b>: a
/// lot with an expiry date and units in the warehouse (on hand, picked, held: the statuses of the stock reports) expires
/// within the owner's window, counted in warehouse dates (<see cref="BusinessCalendar.Today"/> + window ≥ expiry, so an
/// expired lot still counts). <b>Pending overdue</b>: undecided goods past their decision deadline
/// (<see cref="PendingDeadlines"/>).
/// </para>
/// <para>
/// Reads are per item: its balances and its lots by id prefix, never the ledger; only the owner pass reads all balances.
/// </para>
/// </remarks>
public sealed class StockAlertEvaluator(
    WarehouseStore store, StockAlerts alerts, AlertSettings settings, PendingDeadlines pending, BusinessCalendar calendar, TimeProvider time)
{
    /// <summary>
    /// Settles the low-stock alert of each of <paramref name="skus"/> and the expiring-lot alerts of their lots, writing
    /// each watched alert even without a transition (see <see cref="StockAlerts"/>): the evaluation right after a stock change.
    /// </summary>
    /// <remarks>
    /// Watched: a low-stock alert whenever the item has a threshold; an expiring-lot alert while its lot is in the window
    /// with units here (an item's long-gone lots are not rewritten on every event), or while it is active (to clear it).
    /// </remarks>
    public async Task<AlertEvaluation> EvaluateSkusAsync(string ownerId, IEnumerable<string> skus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skus);
        var container = await store.ContainerAsync(cancellationToken);
        var owner = await settings.GetAsync(ownerId, cancellationToken);
        var result = AlertEvaluation.None;
        foreach (var sku in skus.Distinct(StringComparer.Ordinal))
        {
            result = result.With(await alerts.SettleAsync(ownerId, StockAlertDocument.IdOf(AlertKind.LowStock, sku, null, null),
                ct => LowStockAsync(container, ownerId, owner, sku, ct), touch: owner.ThresholdOf(sku) > 0, cancellationToken));

            var lots = await LotsAsync(container, ownerId, sku, cancellationToken);
            var stock = lots.Count == 0 ? [] : LotUnits(await BalancesAsync(container, ownerId, sku, cancellationToken));
            var active = await ActiveIdsAsync(container, new DocumentQuery(ownerId) { PageSize = 1000 }
                .Where("/id", QueryOperator.StartsWith, StockAlertDocument.ExpiringLotPrefixOf(sku)), cancellationToken);
            foreach (var lot in lots)
            {
                var watched = InWindow(lot.Expiry!.Value, owner) && stock.GetValueOrDefault(lot.Lot) > 0;
                var id = StockAlertDocument.IdOf(AlertKind.ExpiringLot, sku, lot.Lot, null);
                if (watched || active.Contains(id))
                {
                    result = result.With(await alerts.SettleAsync(ownerId, id,
                        ct => ExpiringLotAsync(container, ownerId, owner, sku, lot.Lot, ct), touch: watched, cancellationToken));
                }
            }
        }

        return result;
    }

    /// <summary>Raises the alerts of the owner's pending goods past their deadline and clears those of goods no longer waiting or no longer late.</summary>
    public async Task<AlertEvaluation> EvaluatePendingAsync(string ownerId, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var now = time.GetUtcNow();
        var due = new SortedDictionary<string, PendingDeadline>(StringComparer.Ordinal);
        foreach (var goods in (await pending.OfOwnerAsync(ownerId, cancellationToken)).Where(p => p.Deadline <= now))
        {
            due[StockAlertDocument.IdOf(AlertKind.PendingOverdue, goods.Sku, goods.Lot, goods.PendingKey)] = goods;
        }

        var active = await container.QueryAllAsync<StockAlertDocument>(new DocumentQuery(ownerId) { PageSize = 1000 }
            .WhereEquals("/type", StockAlertDocument.Kind).WhereEquals("/alertKind", nameof(AlertKind.PendingOverdue))
            .WhereEquals("/state", nameof(AlertState.Active)), cancellationToken);
        foreach (var alert in active)
        {
            due.TryAdd(alert.Id, new PendingDeadline(ownerId, alert.Pending!, alert.Sku, alert.Lot, alert.Units ?? 0, alert.Deadline ?? now));
        }

        var result = AlertEvaluation.None;
        foreach (var (id, goods) in due)
        {
            result = result.With(await alerts.SettleAsync(ownerId, id, ct => PendingOverdueAsync(ownerId, goods, ct), touch: false, cancellationToken));
        }

        return result;
    }

    /// <summary>
    /// Settles every alert of the owner whose condition differs from its state: one read of the owner's balances, lots
    /// and active alerts picks them out, and each is then settled on fresh reads of its own item.
    /// </summary>
    public async Task<AlertEvaluation> EvaluateOwnerAsync(string ownerId, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var owner = await settings.GetAsync(ownerId, cancellationToken);
        var balances = await container.QueryAllAsync<BalanceDocument>(
            new DocumentQuery(ownerId) { PageSize = 1000 }.WhereEquals("/type", BalanceDocument.Kind), cancellationToken);
        var lots = await container.QueryAllAsync<LotDocument>(
            new DocumentQuery(ownerId) { PageSize = 1000 }.WhereEquals("/type", LotDocument.Kind), cancellationToken);
        var activeAlerts = await container.QueryAllAsync<StockAlertDocument>(new DocumentQuery(ownerId) { PageSize = 1000 }
            .WhereEquals("/type", StockAlertDocument.Kind).WhereEquals("/state", nameof(AlertState.Active)), cancellationToken);
        var active = activeAlerts.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);

        var due = new Dictionary<string, Func<CancellationToken, Task<AlertCondition>>>(StringComparer.Ordinal);
        foreach (var item in balances.GroupBy(b => b.Sku, StringComparer.Ordinal).Select(g => g.Key).Union(owner.SkuThresholds.Select(t => t.Sku), StringComparer.Ordinal))
        {
            var condition = LowStock(owner, item, balances.Where(b => b.Sku == item).ToList());
            if (condition.Holds != active.Contains(condition.AlertId))
            {
                due[condition.AlertId] = ct => LowStockAsync(container, ownerId, owner, item, ct);
            }
        }

        var units = balances.Where(b => b.Lot is not null && WarehouseStock.Includes(b.Status))
            .GroupBy(b => (b.Sku, b.Lot!)).ToDictionary(g => g.Key, g => g.Sum(b => b.Quantity));
        foreach (var lot in lots.Where(l => l.Expiry is not null))
        {
            var condition = ExpiringLot(owner, lot, units.GetValueOrDefault((lot.Sku, lot.Lot)));
            if (condition.Holds != active.Contains(condition.AlertId))
            {
                due[condition.AlertId] = ct => ExpiringLotAsync(container, ownerId, owner, lot.Sku, lot.Lot, ct);
            }
        }

        // Active alerts whose subject the pass did not see at all (an item without balances that lost its own threshold).
        foreach (var alert in activeAlerts.Where(a => a.AlertKind != AlertKind.PendingOverdue && !due.ContainsKey(a.Id)))
        {
            due.TryAdd(alert.Id, alert.AlertKind == AlertKind.LowStock
                ? ct => LowStockAsync(container, ownerId, owner, alert.Sku, ct)
                : ct => ExpiringLotAsync(container, ownerId, owner, alert.Sku, alert.Lot!, ct));
        }

        var result = AlertEvaluation.None;
        foreach (var (id, evaluate) in due.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            result = result.With(await alerts.SettleAsync(ownerId, id, evaluate, touch: false, cancellationToken));
        }

        return result.Plus(await EvaluatePendingAsync(ownerId, cancellationToken));
    }

    private async Task<AlertCondition> LowStockAsync(IDocumentContainer container, string ownerId, AlertSettingsDocument owner, string sku, CancellationToken cancellationToken) =>
        LowStock(owner, sku, await BalancesAsync(container, ownerId, sku, cancellationToken));

    private static AlertCondition LowStock(AlertSettingsDocument owner, string sku, IReadOnlyList<BalanceDocument> balances)
    {
        var threshold = owner.ThresholdOf(sku);
        var available = balances.Sum(b => b.Status switch
        {
            StockStatus.OnHand or StockStatus.PendingIn => b.Quantity,
            StockStatus.PendingOut => -b.Quantity,
            _ => 0,
        });
        var watched = threshold > 0 && (balances.Count > 0 || owner.HasOwnThreshold(sku));
        return new AlertCondition(AlertKind.LowStock, sku, null, null, watched && available < threshold, available, threshold);
    }

    private async Task<AlertCondition> ExpiringLotAsync(
        IDocumentContainer container, string ownerId, AlertSettingsDocument owner, string sku, string lot, CancellationToken cancellationToken)
    {
        var document = await container.ReadAsync<LotDocument>(LotDocument.IdOf(sku, lot), ownerId, cancellationToken);
        var units = LotUnits(await BalancesAsync(container, ownerId, sku, cancellationToken)).GetValueOrDefault(lot);
        return document?.Value is { Expiry: not null } found
            ? ExpiringLot(owner, found, units)
            : new AlertCondition(AlertKind.ExpiringLot, sku, lot, null, false, 0, owner.ExpiryWindowDays, units);
    }

    private AlertCondition ExpiringLot(AlertSettingsDocument owner, LotDocument lot, long units)
    {
        var expiry = lot.Expiry!.Value;
        return new AlertCondition(AlertKind.ExpiringLot, lot.Sku, lot.Lot, null, units > 0 && InWindow(expiry, owner),
            DaysLeft(expiry), owner.ExpiryWindowDays, units, expiry);
    }

    // The goods as they are now; when they no longer wait, what was known of them (for the cleared alert).
    private async Task<AlertCondition> PendingOverdueAsync(string ownerId, PendingDeadline known, CancellationToken cancellationToken)
    {
        var goods = await pending.FindAsync(ownerId, known.PendingKey, cancellationToken);
        return goods is null
            ? new AlertCondition(AlertKind.PendingOverdue, known.Sku, known.Lot, known.PendingKey, false, 0, null, 0, null, known.Deadline)
            : new AlertCondition(AlertKind.PendingOverdue, goods.Sku, goods.Lot, goods.PendingKey, goods.Deadline <= time.GetUtcNow(), goods.Units, null, goods.Units, null, goods.Deadline);
    }

    private bool InWindow(DateOnly expiry, AlertSettingsDocument owner) => DaysLeft(expiry) <= owner.ExpiryWindowDays;

    private int DaysLeft(DateOnly expiry) => expiry.DayNumber - calendar.Today.DayNumber;

    private static async Task<IReadOnlyList<BalanceDocument>> BalancesAsync(IDocumentContainer container, string ownerId, string sku, CancellationToken cancellationToken) =>
        await container.QueryAllAsync<BalanceDocument>(new DocumentQuery(ownerId) { PageSize = 1000 }
            .Where("/id", QueryOperator.StartsWith, BalanceDocument.IdPrefixOf(sku))
            .WhereEquals("/type", BalanceDocument.Kind).WhereEquals("/sku", sku), cancellationToken);

    private static async Task<IReadOnlyList<LotDocument>> LotsAsync(IDocumentContainer container, string ownerId, string sku, CancellationToken cancellationToken) =>
        [.. (await container.QueryAllAsync<LotDocument>(new DocumentQuery(ownerId) { PageSize = 1000 }
            .Where("/id", QueryOperator.StartsWith, LotDocument.IdPrefixOf(sku))
            .WhereEquals("/type", LotDocument.Kind).WhereEquals("/sku", sku), cancellationToken)).Where(l => l.Expiry is not null)];

    private static Dictionary<string, long> LotUnits(IReadOnlyList<BalanceDocument> balances) =>
        balances.Where(b => b.Lot is not null && WarehouseStock.Includes(b.Status))
            .GroupBy(b => b.Lot!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(b => b.Quantity), StringComparer.Ordinal);

    private static async Task<HashSet<string>> ActiveIdsAsync(IDocumentContainer container, DocumentQuery query, CancellationToken cancellationToken)
    {
        var active = await container.QueryAllAsync<StockAlertDocument>(query.WhereEquals("/state", nameof(AlertState.Active)), cancellationToken);
        return active.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
    }
}
