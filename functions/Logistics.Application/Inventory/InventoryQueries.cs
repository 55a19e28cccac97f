using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Domain.Inventory;
using Logistics.Storage.Documents;

namespace Logistics.Application.Inventory;

/// <summary>A publisher's stock: current balances, stock at a past instant (summed from the ledger), and the ledger itself.</summary>
public sealed class InventoryQueries(WarehouseStore store)
{
    /// <summary>Non-zero balances now, or at <paramref name="asOf"/> from the ledger.</summary>
    public async Task<IReadOnlyList<BalanceView>> BalancesAsync(string ownerId, InventoryFilter filter, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var container = await store.ContainerAsync(cancellationToken);
        if (asOf is { } instant)
        {
            var query = Filtered(new DocumentQuery(ownerId) { PageSize = 1000 }.WhereEquals("/type", MovementDocument.Kind), filter)
                .Where("/occurredAt", QueryOperator.LessThanOrEqual, UtcText.Of(instant));
            // Summed as the pages stream by: memory follows the balances, not the ledger (the daily storage snapshot reads
            // a whole owner's ledger this way).
            var sums = new Dictionary<(string Sku, string? Lot, string Location, StockStatus Status, string? Reference), long>();
            await foreach (var movement in container.StreamAsync<MovementDocument>(query, cancellationToken))
            {
                var key = (movement.Sku, movement.Lot, movement.Location, movement.Status, movement.Reference);
                sums[key] = sums.GetValueOrDefault(key) + movement.Delta;
            }

            return Sorted(sums.Where(b => b.Value != 0)
                .Select(b => new BalanceView(b.Key.Sku, b.Key.Lot, b.Key.Location, b.Key.Status.ToString(), b.Value, b.Key.Reference)));
        }

        var balances = await container.QueryAllAsync<BalanceDocument>(
            Filtered(new DocumentQuery(ownerId) { PageSize = 1000 }.WhereEquals("/type", BalanceDocument.Kind), filter), cancellationToken);
        return Sorted(balances.Where(b => b.Quantity != 0)
            .Select(b => new BalanceView(b.Sku, b.Lot, b.Location, b.Status.ToString(), b.Quantity, b.Reference)));
    }

    /// <summary>A page of ledger movements in time order, by item and period.</summary>
    public async Task<(IReadOnlyList<MovementView> Movements, string? ContinuationToken)> LedgerAsync(
        string ownerId, string? sku, DateTimeOffset? from, DateTimeOffset? to, int pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var query = new DocumentQuery(ownerId) { PageSize = pageSize, ContinuationToken = continuationToken }
            .WhereEquals("/type", MovementDocument.Kind)
            .OrderByPath("/occurredAt");
        query = sku is null ? query : query.WhereEquals("/sku", sku);
        query = from is { } f ? query.Where("/occurredAt", QueryOperator.GreaterThanOrEqual, UtcText.Of(f)) : query;
        query = to is { } t ? query.Where("/occurredAt", QueryOperator.LessThan, UtcText.Of(t)) : query;
        var page = await container.QueryAsync<MovementDocument>(query, cancellationToken);
        return ([.. page.Items.Select(d => MovementView.From(d.Value))], page.ContinuationToken);
    }

    private static List<BalanceView> Sorted(IEnumerable<BalanceView> balances) =>
        [.. balances.OrderBy(b => b.Sku, StringComparer.Ordinal).ThenBy(b => b.Lot, StringComparer.Ordinal).ThenBy(b => b.Location, StringComparer.Ordinal).ThenBy(b => b.Status, StringComparer.Ordinal).ThenBy(b => b.Reference, StringComparer.Ordinal)];

    private static DocumentQuery Filtered(DocumentQuery query, InventoryFilter filter)
    {
        query = filter.Sku is null ? query : query.WhereEquals("/sku", filter.Sku);
        query = filter.Lot is null ? query : query.WhereEquals("/lot", filter.Lot.ToUpperInvariant());
        query = filter.Location is null ? query : query.WhereEquals("/location", filter.Location.ToUpperInvariant());
        return filter.Status is { } status ? query.WhereEquals("/status", status.ToString()) : query;
    }
}
