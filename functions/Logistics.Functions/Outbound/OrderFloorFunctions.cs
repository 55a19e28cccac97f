using Logistics.Application.Outbound;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Outbound;

/// <summary>Outbound orders, floor side (ops or floor key): the pick list, pick scans, packing and the carrier handover.</summary>
public sealed class OrderFloorFunctions(HttpApi api, OrderQueries queries, OrderPicking picking, OrderPacking packing, OrderHandover handover)
{
    /// <summary><c>GET /api/pick-list</c>: every open pick task of every order, earliest ship-by first.</summary>
    [Function("ListPickTasks")]
    public Task<IResult> PickListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "pick-list")] HttpRequest request) =>
        api.RunAsync(request, Access.Staff, async call => TypedResults.Ok(await queries.PickListAsync(call.Cancellation)));

    /// <summary><c>GET /api/floor/orders/{orderId}</c>: an order as the floor sees it (any owner).</summary>
    [Function("GetOrderForFloor")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "floor/orders/{orderId}")] HttpRequest request,
        string orderId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Staff, async call => TypedResults.Ok(await queries.GetAsync(durable, null, orderId, call.Cancellation)));

    /// <summary><c>POST /api/orders/{orderId}/picks</c>: one pick scan (location, item barcode, lot, quantity; short), idempotent on its <c>scanId</c>.</summary>
    [Function("RecordPick")]
    public Task<IResult> PickAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "orders/{orderId}/picks")] HttpRequest request,
        string orderId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<PickScanInput>(request, Access.Staff, async (call, scan) =>
            TypedResults.Ok(await picking.RecordAsync(durable, orderId, scan, call.Cancellation)));

    /// <summary><c>POST /api/orders/{orderId}/cartons</c>: packed cartons (id, weight, contents by line and lot); posting them again changes nothing.</summary>
    [Function("PackCartons")]
    public Task<IResult> PackAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "orders/{orderId}/cartons")] HttpRequest request,
        string orderId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<PackInput>(request, Access.Staff, async (call, input) =>
            TypedResults.Ok(await packing.PackAsync(durable, orderId, input, call.Cancellation)));

    /// <summary><c>POST /api/orders/{orderId}/handover</c>: the carrier takes packed cartons (carrier, service, tracking number).</summary>
    [Function("HandOverToCarrier")]
    public Task<IResult> HandOverAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "orders/{orderId}/handover")] HttpRequest request,
        string orderId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<HandoverInput>(request, Access.Staff, async (call, input) =>
            TypedResults.Ok(await handover.HandOverAsync(durable, orderId, input, call.Cancellation)));
}
