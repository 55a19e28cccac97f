using Logistics.Application.Warehouse.Work;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Dashboard;

/// <summary>The warehouse views of the dashboard (ops key), across every publisher.</summary>
public sealed class DashboardWarehouseFunctions(HttpApi api, WarehouseWorkQueries work)
{
    /// <summary>
    /// <c>GET /api/ops/dashboard/work</c>: unfinished notices and orders with what each waits for (the floor, the owner, a
    /// carrier, stock) and until when, overdue ones first, then by deadline.
    /// </summary>
    [Function("DashboardWork")]
    public Task<IResult> WorkAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DashboardInstanceFunctions.Route + "/work")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        api.RunAsync(request, Access.Ops, async call => TypedResults.Ok(await work.OpenWorkAsync(client, call.Cancellation)));

    /// <summary><c>GET /api/ops/dashboard/pending-stock</c>: stock in pending areas awaiting its owner's decision.</summary>
    [Function("DashboardPendingStock")]
    public Task<IResult> PendingStockAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = DashboardInstanceFunctions.Route + "/pending-stock")] HttpRequest request) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var (stock, truncated) = await work.PendingDecisionStockAsync(call.Cancellation);
            return TypedResults.Ok(new PendingStockPage(stock, truncated));
        });
}
