using Logistics.Application.StockControl.Counts;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.StockControl;

/// <summary>Stock counts: ops create, read and post them; the floor lists its count tasks (blind) and records what it found.</summary>
public sealed class StockCountFunctions(HttpApi api, StockCounts counts)
{
    /// <summary>
    /// <c>POST /api/ops/counts</c> with a <see cref="CountInput"/>: 201 with the count and its tasks; the same count number
    /// again answers 200 with the count as it is.
    /// </summary>
    [Function("CreateCount")]
    public Task<IResult> CreateAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/counts")] HttpRequest request) =>
        api.RunAsync<CountInput>(request, Access.Ops, async (call, body) =>
        {
            var (count, created) = await counts.CreateAsync(body, call.Cancellation);
            return created ? TypedResults.Created($"/api/ops/counts/{Uri.EscapeDataString(count.CountId)}", count) : TypedResults.Ok(count);
        });

    /// <summary><c>GET /api/ops/counts/{countId}</c>: the count with what each task found and expected, and its variances once posted.</summary>
    [Function("GetCount")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/counts/{countId}")] HttpRequest request,
        string countId) =>
        api.RunAsync(request, Access.Ops, async call => TypedResults.Ok(CountView.From(await counts.GetAsync(countId, null, call.Cancellation))));

    /// <summary>
    /// <c>POST /api/ops/counts/{countId}/post</c>: posts the variances (one adjustment each, the events, the 947); posting
    /// again answers the posted count and posts nothing. 409 while a task is not counted or a location moved since.
    /// </summary>
    [Function("PostCount")]
    public Task<IResult> PostAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/counts/{countId}/post")] HttpRequest request,
        string countId) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            call.Audit.Before = CountView.From(await counts.GetAsync(countId, null, call.Cancellation));
            return TypedResults.Ok(await counts.PostAsync(countId, call.Cancellation));
        });

    /// <summary><c>GET /api/count-tasks</c>: the open tasks of every open count, without expected quantities (blind counting).</summary>
    [Function("ListCountTasks")]
    public Task<IResult> ListTasksAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "count-tasks")] HttpRequest request) =>
        api.RunAsync(request, Access.Staff, async call => TypedResults.Ok(await counts.ListOpenTasksAsync(call.Cancellation)));

    /// <summary>
    /// <c>POST /api/counts/{countId}/tasks/{taskNumber}</c> with a <see cref="CountRecording"/>: what was found at the
    /// task's (scanned) location; the same recording again changes nothing, another one is a recount.
    /// </summary>
    [Function("RecordCount")]
    public Task<IResult> RecordAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "counts/{countId}/tasks/{taskNumber:int}")] HttpRequest request,
        string countId,
        int taskNumber) =>
        api.RunAsync<CountRecording>(request, Access.Staff, async (call, body) =>
            TypedResults.Ok(await counts.RecordAsync(countId, taskNumber, body, call.Cancellation)));
}
