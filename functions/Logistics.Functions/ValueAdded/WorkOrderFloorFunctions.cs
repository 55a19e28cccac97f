using Logistics.Application.ValueAdded;
using Logistics.Functions.Hosting;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.ValueAdded;

/// <summary>Value-added work orders, floor side (ops or floor key): open jobs and their pick tasks, pick scans, completion; and the ops cancellation.</summary>
public sealed class WorkOrderFloorFunctions(
    HttpApi api, ValueAddedQueries queries, ValueAddedPicking picking, ValueAddedCompletion completion, ValueAddedCancellation cancellation, IOptions<RequestLimitsOptions> limits)
{
    /// <summary><c>GET /api/floor/work-orders</c>: every owner's open jobs (picking or processing) with their pick tasks.</summary>
    [Function("ListOpenWorkOrders")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "floor/work-orders")] HttpRequest request) =>
        api.RunAsync(request, Access.Staff, async call => TypedResults.Ok(new { jobs = await queries.OpenAsync(call.Cancellation) }));

    /// <summary><c>GET /api/floor/work-orders/{jobId}</c>: a job as the floor sees it (any owner).</summary>
    [Function("GetWorkOrderForFloor")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "floor/work-orders/{jobId}")] HttpRequest request,
        string jobId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Staff, async call => TypedResults.Ok(await queries.GetAsync(durable, null, jobId, call.Cancellation)));

    /// <summary>
    /// <c>POST /api/floor/work-orders/{jobId}/picks</c>: one pick scan of an input (location, item barcode or SKU, lot,
    /// quantity) taking it to the processing area; idempotent on its <c>scanId</c>.
    /// </summary>
    [Function("RecordWorkOrderPick")]
    public Task<IResult> PickAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "floor/work-orders/{jobId}/picks")] HttpRequest request,
        string jobId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<ValueAddedPickInput>(request, Access.Staff, async (call, scan) =>
            TypedResults.Ok(ValueAddedJobView.From(await picking.PickAsync(durable, jobId, scan, call.Cancellation))));

    /// <summary>
    /// <c>POST /api/floor/work-orders/{jobId}/complete</c>: the job is done (<c>{"location": storage location scanned,
    /// "units": optional check}</c>); inputs consumed, outputs put away. Completing again answers the completed job.
    /// </summary>
    [Function("CompleteWorkOrder")]
    public Task<IResult> CompleteAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "floor/work-orders/{jobId}/complete")] HttpRequest request,
        string jobId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<ValueAddedCompletionInput>(request, Access.Staff, async (call, input) =>
            TypedResults.Ok(ValueAddedJobView.From(await completion.CompleteAsync(durable, jobId, input, call.Cancellation))));

    /// <summary><c>POST /api/ops/work-orders/{jobId}/cancel</c>: ops cancel any owner's job before completion (optional body <c>{"reason": …}</c>).</summary>
    [Function("CancelWorkOrderAsOps")]
    public Task<IResult> CancelAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/work-orders/{jobId}/cancel")] HttpRequest request,
        string jobId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var input = await RequestBody.ReadJsonAsync<ValueAddedCancelInput>(request, limits.Value.MaxRequestBodyBytes, call.Cancellation) ?? new ValueAddedCancelInput();
            call.Audit.Before = await queries.GetAsync(durable, null, jobId, call.Cancellation);
            return TypedResults.Ok(ValueAddedJobView.From(await cancellation.CancelAsync(durable, jobId, null, input, call.Cancellation)));
        });
}
