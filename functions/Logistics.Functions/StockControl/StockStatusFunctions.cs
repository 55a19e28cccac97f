using Logistics.Application.Inventory;
using Logistics.Application.StockControl.Quarantine;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.StockControl;

/// <summary>Quarantine and release of stock by ops.</summary>
public sealed class StockStatusFunctions(HttpApi api, StockStatusChanges changes, InventoryQueries inventory)
{
    /// <summary>
    /// <c>POST /api/ops/stock-status-changes</c> with a <see cref="StatusChangeInput"/>: quarantines free on-hand stock
    /// (<c>"to":"quarantined"</c>) or releases quarantined stock (<c>"to":"onHand"</c>), with a reason; the same
    /// <c>changeId</c> again answers the change as applied.
    /// </summary>
    [Function("ChangeStockStatus")]
    public Task<IResult> ChangeAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/stock-status-changes")] HttpRequest request) =>
        api.RunAsync<StatusChangeInput>(request, Access.Ops, async (call, body) =>
        {
            // The audit entry shows the item's balances at the location before and after the change.
            Func<Task<IReadOnlyList<BalanceView>>>? balances = body is { OwnerId: { } owner, Sku: { } sku, Location: { } location }
                ? () => inventory.BalancesAsync(owner, new InventoryFilter(sku.Trim(), body.Lot?.Trim(), location.Trim()), null, call.Cancellation)
                : null;
            call.Audit.Before = balances is null ? null : await balances();
            var applied = await changes.ApplyAsync(body, call.Cancellation);
            call.Audit.After = balances is null ? null : new { change = applied, balances = await balances() };
            return TypedResults.Ok(applied);
        });
}
