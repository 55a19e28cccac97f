using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Putaway;
using Logistics.Application.Inventory;
using Logistics.Application.Items;
using Logistics.Application.Simulation;
using Logistics.Functions.Inventory;
using Logistics.Functions.Items;
using Logistics.Functions.Security;
using Logistics.Functions.Table;

namespace Logistics.Functions.Inbound;

/// <summary>Declares the warehouse's HTTP functions (items, inventory, inbound notices) in the function table.</summary>
public static class WarehouseFunctions
{
    /// <summary>Adds the warehouse functions; one call in <see cref="AppFunctions"/>.</summary>
    public static FunctionTableBuilder AddWarehouseFunctions(this FunctionTableBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .Http("PutItem", "PUT", "items/{sku}", ItemEndpoints.PutAsync, e => Publisher(e, "Items").Produces<ItemView>().Produces<ItemView>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict))
            .Http("ListItems", "GET", "items", ItemEndpoints.ListAsync, e => Publisher(e, "Items").Produces<ItemPage>())
            .Http("GetItem", "GET", "items/{sku}", ItemEndpoints.GetAsync, e => Publisher(e, "Items").Produces<ItemView>())
            .Http("GetInventory", "GET", "inventory", InventoryEndpoints.GetBalancesAsync, e => Publisher(e, "Inventory").Produces<IReadOnlyList<BalanceView>>())
            .Http("GetStockLedger", "GET", "inventory/ledger", InventoryEndpoints.GetLedgerAsync, e => Publisher(e, "Inventory").Produces<LedgerPage>())
            .Http("PostNotice", "POST", "notices", InboundEndpoints.PostNoticeAsync, e => Publisher(e, "Inbound")
                .Accepts<string>(InboundEndpoints.X12MediaType, "application/json")
                .Produces<NoticeAccepted>(StatusCodes.Status202Accepted)
                .Produces<string>(StatusCodes.Status202Accepted, InboundEndpoints.X12MediaType)
                .ProducesProblem(StatusCodes.Status415UnsupportedMediaType))
            .Http("ListNotices", "GET", "notices", InboundEndpoints.ListNoticesAsync, e => Publisher(e, "Inbound").Produces<NoticePage>())
            .Http("GetNotice", "GET", "notices/{noticeId}", InboundEndpoints.GetNoticeAsync, e => Publisher(e, "Inbound").Produces<NoticeView>())
            .Http("GetReceiptAdvice", "GET", "notices/{noticeId}/advices", InboundEndpoints.GetAdviceAsync, e => Publisher(e, "Inbound")
                .Produces<AdviceView>().Produces<string>(StatusCodes.Status200OK, InboundEndpoints.X12MediaType))
            .Http("DecidePendingGoods", "POST", "notices/{noticeId}/decisions", InboundEndpoints.DecideAsync, e => Publisher(e, "Inbound").ProducesProblem(StatusCodes.Status409Conflict))
            .Http("RecordDockArrival", "POST", "notices/{noticeId}/arrival", InboundEndpoints.ArriveAsync, e => Staff(e))
            .Http("RecordScan", "POST", "notices/{noticeId}/scans", InboundEndpoints.ScanAsync, e => Staff(e).Produces<ScanOutcome>())
            .Http("CloseReceipt", "POST", "notices/{noticeId}/close", InboundEndpoints.CloseAsync, e => Staff(e))
            .Http("ListPutawayTasks", "GET", "putaway-tasks", InboundEndpoints.ListPutawayAsync, e => Staff(e).Produces<IReadOnlyList<PutawayTaskView>>())
            .Http("ConfirmPutaway", "POST", "notices/{noticeId}/putaway/{taskNumber:int}/confirm", InboundEndpoints.ConfirmPutawayAsync, e => Staff(e).Produces<PutawayTaskView>())
            .Http("SimulateFloor", "POST", "dev/simulate/{noticeId}", InboundEndpoints.SimulateAsync, e => Secured(e, AuthorizationPolicies.Ops, "Development").Produces<SimulationResult>());
    }

    private static RouteHandlerBuilder Publisher(RouteHandlerBuilder endpoint, string tag) => Secured(endpoint, AuthorizationPolicies.Publisher, tag);

    private static RouteHandlerBuilder Staff(RouteHandlerBuilder endpoint) =>
        Secured(endpoint, AuthorizationPolicies.Staff, "Floor").ProducesProblem(StatusCodes.Status409Conflict);

    private static RouteHandlerBuilder Secured(RouteHandlerBuilder endpoint, string policy, string tag) =>
        endpoint.RequireAuthorization(policy)
            .WithTags(tag)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
