using Logistics.Application.StockControl.Quarantine;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.StockControl;

/// <summary>Quarantine and release of stock by ops.</summary>
public sealed class StockStatusFunctions(HttpApi api, StockStatusChanges changes)
{
    /// <summary>
    /// <c>POST /api/ops/stock-status-changes</c> with a <see cref="StatusChangeInput"/>: quarantines free on-hand stock
    /// (<c>"to":"quarantined"</c>) or releases quarantined stock (<c>"to":"onHand"</c>), with a reason; the same
    /// <c>changeId</c> again answers the change as applied.
    /// </summary>
    [Function("ChangeStockStatus")]
    public Task<IResult> ChangeAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/stock-status-changes")] HttpRequest request) =>
        api.RunAsync<StatusChangeInput>(request, Access.Ops, async (call, body) => TypedResults.Ok(await changes.ApplyAsync(body, call.Cancellation)));
}
