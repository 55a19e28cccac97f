using Logistics.Application.Inventory;
using Logistics.Domain.Inventory;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Inventory;

/// <summary>The publisher's stock: <c>/api/inventory</c> and its ledger.</summary>
public sealed class InventoryFunctions(HttpApi api, InventoryQueries inventory)
{
    /// <summary><c>GET /api/inventory?sku=&amp;lot=&amp;location=&amp;status=&amp;asOf=</c>: balances now, or at a past instant from the ledger.</summary>
    [Function("GetInventory")]
    public Task<IResult> GetBalancesAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "inventory")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var query = call.Query;
            var status = query.Enum<StockStatus>("status");
            var asOf = query.Instant("asOf");
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var filter = new InventoryFilter(query.String("sku"), query.String("lot"), query.String("location"), status);
            return TypedResults.Ok(await inventory.BalancesAsync(call.PublisherId, filter, asOf, call.Cancellation));
        });

    /// <summary><c>GET /api/inventory/ledger?sku=&amp;from=&amp;to=&amp;pageSize=&amp;continuationToken=</c>: movements in time order, paged.</summary>
    [Function("GetStockLedger")]
    public Task<IResult> GetLedgerAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "inventory/ledger")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var query = call.Query;
            var from = query.Instant("from");
            var to = query.Instant("to");
            var pageSize = query.Int("pageSize", 100, 1, 1000);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var (movements, token) = await inventory.LedgerAsync(call.PublisherId, query.String("sku"), from, to, pageSize, query.String("continuationToken"), call.Cancellation);
            return TypedResults.Ok(new LedgerPage(movements, token));
        });
}
