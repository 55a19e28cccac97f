using Logistics.Application.Returns;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Returns;

/// <summary>Returns, floor side (ops or floor key): the work list, arrival, scans, close, inspection and the supplier handover.</summary>
public sealed class ReturnFloorFunctions(HttpApi api, ReturnReceiving receiving, ReturnInspection inspection, ReturnQueries queries, ReturnRepository returns)
{
    /// <summary>The most parcels one arrival may report.</summary>
    public const int MaxParcels = 10_000;

    /// <summary><c>GET /api/return-work</c>: every open return of every publisher with what it waits for: pickups, receipts, parts to inspect or hand over.</summary>
    [Function("ListReturnWork")]
    public Task<IResult> ListWorkAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "return-work")] HttpRequest request) =>
        api.RunAsync(request, Access.Staff, async call =>
        {
            var (items, truncated) = await queries.OpenWorkAsync(call.Cancellation);
            return TypedResults.Ok(new { items, truncated });
        });

    /// <summary><c>POST /api/returns/{returnId}/arrival?parcels=</c>: the goods are at the returns area (brought in, or collected from the pickup).</summary>
    [Function("RecordReturnArrival")]
    public Task<IResult> ArriveAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "returns/{returnId}/arrival")] HttpRequest request,
        string returnId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Staff, async call =>
        {
            var query = call.Query;
            int? parcels = query.String("parcels") is null ? null : query.Int("parcels", 0, 1, MaxParcels);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var progress = await receiving.RecordArrivalAsync(durable, returnId, parcels, call.Cancellation);
            return TypedResults.Ok(new { returnId, status = progress.ToString() });
        });

    /// <summary><c>POST /api/returns/{returnId}/scans</c>: one scan (<c>{"scanId","barcode"|"sku","lot"?,"quantity","condition"?}</c>), idempotent on its <c>scanId</c>.</summary>
    [Function("RecordReturnScan")]
    public Task<IResult> ScanAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "returns/{returnId}/scans")] HttpRequest request,
        string returnId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<ReturnScanInput>(request, Access.Staff, async (call, scan) =>
            TypedResults.Ok(await receiving.RecordScanAsync(durable, returnId, scan, call.Cancellation)));

    /// <summary><c>POST /api/returns/{returnId}/close</c>: closes the receipt; over-returns are held for the owner, requested dispositions applied.</summary>
    [Function("CloseReturnReceipt")]
    public Task<IResult> CloseAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "returns/{returnId}/close")] HttpRequest request,
        string returnId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Staff, async call =>
        {
            await receiving.CloseAsync(durable, returnId, call.Cancellation);
            return TypedResults.Ok(await queries.GetAsync(durable, null, returnId, call.Cancellation));
        });

    /// <summary><c>POST /api/returns/{returnId}/dispositions</c>: the inspection's disposition of one part (<c>{"partId","disposition","reason"?,"defaultAction"?,"supplier"?}</c>).</summary>
    [Function("DisposeReturnPart")]
    public Task<IResult> DisposeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "returns/{returnId}/dispositions")] HttpRequest request,
        string returnId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<DispositionInput>(request, Access.Staff, async (call, body) =>
        {
            call.Audit.Before = (await returns.GetAsync(returnId, null, call.Cancellation)).Value.Parts.FirstOrDefault(p => p.PartId == body.PartId);
            return TypedResults.Ok(await inspection.DisposeAsync(durable, returnId, body, call.Cancellation));
        });

    /// <summary><c>POST /api/returns/{returnId}/handovers</c>: goods for the supplier handed to a carrier (<c>{"partId","carrier","trackingNumber"}</c>).</summary>
    [Function("HandOverReturnToSupplier")]
    public Task<IResult> HandOverAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "returns/{returnId}/handovers")] HttpRequest request,
        string returnId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<SupplierHandoverInput>(request, Access.Staff, async (call, body) =>
            TypedResults.Ok(await inspection.HandOverAsync(durable, returnId, body, call.Cancellation)));
}
