using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Putaway;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Inbound;

/// <summary>Inbound notices, floor side (ops or floor key): dock arrival, scans, closing the receipt, putaway.</summary>
public sealed class FloorFunctions(HttpApi api, Receiving receiving, PutawayService putaway)
{
    /// <summary>The most pallets one arrival may report.</summary>
    public const int MaxPallets = 10_000;

    /// <summary><c>POST /api/notices/{noticeId}/arrival?pallets=</c>: the goods are at the dock (<c>pallets</c>, optional, 1–10000: how many arrived, for billing).</summary>
    [Function("RecordDockArrival")]
    public Task<IResult> ArriveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notices/{noticeId}/arrival")] HttpRequest request,
        string noticeId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Staff, async call =>
        {
            var query = call.Query;
            int? pallets = query.String("pallets") is null ? null : query.Int("pallets", 0, 1, MaxPallets);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var progress = await receiving.RecordArrivalAsync(durable, noticeId, call.Cancellation, pallets);
            return TypedResults.Ok(new { noticeId, status = progress.ToString() });
        });

    /// <summary><c>POST /api/notices/{noticeId}/scans</c>: one scan, idempotent on its <c>scanId</c>.</summary>
    [Function("RecordScan")]
    public Task<IResult> ScanAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notices/{noticeId}/scans")] HttpRequest request,
        string noticeId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<ScanInput>(request, Access.Staff, async (call, scan) =>
            TypedResults.Ok(await receiving.RecordScanAsync(durable, noticeId, scan, call.Cancellation)));

    /// <summary><c>POST /api/notices/{noticeId}/close</c>: closes the receipt.</summary>
    [Function("CloseReceipt")]
    public Task<IResult> CloseAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notices/{noticeId}/close")] HttpRequest request,
        string noticeId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Staff, async call =>
        {
            await receiving.CloseAsync(durable, noticeId, call.Cancellation);
            return TypedResults.Ok(new { noticeId, closed = true });
        });

    /// <summary><c>GET /api/putaway-tasks?noticeId=</c>: open putaway tasks (all owners, or one notice).</summary>
    [Function("ListPutawayTasks")]
    public Task<IResult> ListPutawayAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "putaway-tasks")] HttpRequest request) =>
        api.RunAsync(request, Access.Staff, async call =>
            TypedResults.Ok(await putaway.ListAsync(call.Query.String("noticeId"), openOnly: true, call.Cancellation)));

    /// <summary><c>POST /api/notices/{noticeId}/putaway/{taskNumber}/confirm</c>: the move is done.</summary>
    [Function("ConfirmPutaway")]
    public Task<IResult> ConfirmPutawayAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "notices/{noticeId}/putaway/{taskNumber:int}/confirm")] HttpRequest request,
        string noticeId,
        int taskNumber,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Staff, async call =>
            TypedResults.Ok(await putaway.ConfirmAsync(durable, noticeId, taskNumber, call.Cancellation)));
}
