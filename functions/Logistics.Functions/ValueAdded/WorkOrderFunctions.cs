using Logistics.Application.ValueAdded;
using Logistics.Functions.Hosting;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;

namespace Logistics.Functions.ValueAdded;

/// <summary>Value-added work orders, publisher side: order a job (kit, split, repack, label), read it, cancel it.</summary>
public sealed class WorkOrderFunctions(HttpApi api, ValueAddedIntake intake, ValueAddedQueries queries, ValueAddedCancellation cancellation, IOptions<RequestLimitsOptions> limits)
{
    /// <summary>
    /// <c>POST /api/work-orders</c>: orders a job (JSON); its inputs are reserved at once. 202 with the job and its
    /// <c>Location</c>, the same for a repeat; 400 naming the field, 409 for a taken number or short stock.
    /// </summary>
    [Function("PostWorkOrder")]
    public Task<IResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "work-orders")] HttpRequest request,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<WorkOrderInput>(request, Access.Publisher, async (call, input) =>
        {
            var (job, _) = await intake.OrderAsync(durable, call.PublisherId, input, call.Cancellation);
            return TypedResults.Accepted($"{RequestUris.BaseOf(request)}/api/work-orders/{Uri.EscapeDataString(job.JobId)}", ValueAddedJobView.From(job));
        });

    /// <summary><c>GET /api/work-orders?stage=</c>: <c>{ownerId, jobs}</c>, the caller's jobs by job number, optionally of one stage.</summary>
    [Function("ListWorkOrders")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "work-orders")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var stage = call.Query.Enum<ValueAddedStage>("stage");
            if (call.Query.Errors.Count > 0)
            {
                return Errors.Problems.Validation([.. call.Query.Errors]);
            }

            return TypedResults.Ok(new { ownerId = call.PublisherId, jobs = await queries.ListAsync(call.PublisherId, stage, call.Cancellation) });
        });

    /// <summary><c>GET /api/work-orders/{jobId}</c>: the job, its pick tasks, outputs and its orchestration's status.</summary>
    [Function("GetWorkOrder")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "work-orders/{jobId}")] HttpRequest request,
        string jobId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Publisher, async call => TypedResults.Ok(await queries.GetAsync(durable, call.PublisherId, jobId, call.Cancellation)));

    /// <summary>
    /// <c>POST /api/work-orders/{jobId}/cancel</c>: cancels the job before completion (optional body <c>{"reason": …}</c>); its
    /// inputs become available again. Cancelling again answers the cancelled job; a completed job is a 409.
    /// </summary>
    [Function("CancelWorkOrder")]
    public Task<IResult> CancelAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "work-orders/{jobId}/cancel")] HttpRequest request,
        string jobId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var input = await RequestBody.ReadJsonAsync<ValueAddedCancelInput>(request, limits.Value.MaxRequestBodyBytes, call.Cancellation) ?? new ValueAddedCancelInput();
            call.Audit.Before = await queries.GetAsync(durable, call.PublisherId, jobId, call.Cancellation);
            return TypedResults.Ok(ValueAddedJobView.From(await cancellation.CancelAsync(durable, jobId, call.PublisherId, input, call.Cancellation)));
        });
}
