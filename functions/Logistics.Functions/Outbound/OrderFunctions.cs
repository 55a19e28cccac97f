using Logistics.Application.Outbound;
using Logistics.Application.Outbound.Intake;
using Logistics.Application.Warehouse;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Outbound;

/// <summary>Outbound orders, publisher side: intake (940 or JSON), reads, status and the 945 shipping advices.</summary>
public sealed class OrderFunctions(HttpApi api, OrderIntake intake, X12OrderIntake x12, OrderQueries queries, BusinessCalendar calendar)
{
    /// <summary><c>POST /api/orders</c>: an X12 940 interchange (answer: the 997) or a JSON order (answer: 202 with links).</summary>
    [Function("PostOrder")]
    public Task<IResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "orders")] HttpRequest request,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
            if (mediaType is not (X12Answer.MediaType or "application/json"))
            {
                return Problems.Of(StatusCodes.Status415UnsupportedMediaType, ProblemTypes.UnsupportedMediaType,
                    $"Send the order as {X12Answer.MediaType} (940) or application/json.");
            }

            var body = await api.ReadTextAsync(call);
            if (mediaType == "application/json")
            {
                var accepted = await intake.AcceptJsonAsync(durable, call.PublisherId, body, call.Cancellation);
                var links = Links(request, accepted);
                return TypedResults.Accepted(links.OrderUri, links);
            }

            var result = await x12.AcceptAsync(durable, call.PublisherId, body, call.Cancellation);
            return new X12Answer(result.Acknowledgment, result.HasRejections, [.. result.Orders.Select(o => OrderUri(request, o.OrderId))]);
        }, AuditPolicy.PartnerDocument);

    /// <summary><c>GET /api/orders?stage=&amp;orderNumber=&amp;pageSize=&amp;continuationToken=</c>: a page of the caller's orders.</summary>
    [Function("ListOrders")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "orders")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var query = call.Query;
            var stage = query.Enum<OrderStage>("stage");
            var pageSize = query.Int("pageSize", 50, 1, 1000);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var (orders, token) = await queries.ListAsync(call.PublisherId, stage, query.String("orderNumber"), pageSize, query.String("continuationToken"), call.Cancellation);
            return TypedResults.Ok(new OrderPage(orders, token));
        });

    /// <summary><c>GET /api/orders/{orderId}</c>: the order's lines, pick tasks, cartons, shipments and its orchestration's status.</summary>
    [Function("GetOrder")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "orders/{orderId}")] HttpRequest request,
        string orderId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Publisher, async call => TypedResults.Ok(await queries.GetAsync(durable, call.PublisherId, orderId, call.Cancellation)));

    /// <summary>
    /// <c>GET /api/orders/{orderId}/status</c>: the order's orchestration as its publisher may see it (the
    /// <c>statusQueryGetUri</c> of the 202): 202 with <c>Retry-After</c> while it runs, 200 once it finished.
    /// </summary>
    [Function("GetOrderStatus")]
    public Task<IResult> GetStatusAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "orders/{orderId}/status")] HttpRequest request,
        string orderId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            // Reading the order first scopes the instance to its owner: another publisher's order is a 404 here.
            await queries.GetDocumentAsync(call.PublisherId, orderId, call.Cancellation);
            var orderUri = OrderUri(request, orderId);
            return await PublisherInstanceStatus.AnswerAsync(request, durable, OrderIds.InstanceOf(orderId), orderUri,
                instance => OrderOrchestrationStatus.From(instance, orderUri), call.Cancellation);
        });

    /// <summary>
    /// <c>GET /api/orders/{orderId}/advices</c>: the 945 shipping advices, one per shipment, as X12 (<c>Accept:
    /// application/edi-x12</c>, the interchanges one after the other) or JSON.
    /// </summary>
    [Function("GetShippingAdvices")]
    public Task<IResult> GetAdvicesAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "orders/{orderId}/advices")] HttpRequest request,
        string orderId) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var order = await queries.GetDocumentAsync(call.PublisherId, orderId, call.Cancellation);
            if (order.Shipments.Count == 0)
            {
                return Problems.NotFound($"Order {orderId} has not shipped yet; it is {order.Stage}.");
            }

            return request.Headers.Accept.ToString().Contains(X12Answer.MediaType, StringComparison.OrdinalIgnoreCase)
                ? TypedResults.Text(string.Concat(order.Shipments.Select(s => s.AdviceX12)), X12Answer.MediaType)
                : TypedResults.Ok(order.Shipments.Select(s => ShippingAdviceView.From(order, s, calendar.DateOf(s.HandedOverAt))).ToList());
        });

    // A publisher gets only links it may follow: the order and its status, never Durable's ops-only control links.
    private static OrderAccepted Links(HttpRequest request, AcceptedOrder order) =>
        new(order.OrderId, order.OrderNumber, order.IsNew, order.Stage, order.InstanceId, OrderUri(request, order.OrderId), OrderUri(request, order.OrderId) + "/status");

    private static string OrderUri(HttpRequest request, string orderId) =>
        $"{RequestUris.BaseOf(request)}/api/orders/{Uri.EscapeDataString(orderId)}";
}
