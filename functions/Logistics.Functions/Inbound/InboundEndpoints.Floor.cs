using Logistics.Application.Inbound;
using Logistics.Application.Inbound.Putaway;

namespace Logistics.Functions.Inbound;

/// <summary>The floor's endpoints (ops or floor key).</summary>
public static partial class InboundEndpoints
{
    /// <summary><c>POST /api/notices/{noticeId}/arrival</c>: the goods are at the dock.</summary>
    public static Task<IResult> ArriveAsync(string noticeId, Receiving receiving, CancellationToken cancellationToken) =>
        WarehouseResults.RunAsync(async () =>
        {
            var progress = await receiving.RecordArrivalAsync(noticeId, cancellationToken);
            return TypedResults.Ok(new { noticeId, status = progress.ToString() });
        });

    /// <summary><c>POST /api/notices/{noticeId}/scans</c>: one scan, idempotent on its <c>scanId</c>.</summary>
    public static Task<IResult> ScanAsync(string noticeId, ScanInput scan, Receiving receiving, CancellationToken cancellationToken) =>
        WarehouseResults.RunAsync(async () => TypedResults.Ok(await receiving.RecordScanAsync(noticeId, scan, cancellationToken)));

    /// <summary><c>POST /api/notices/{noticeId}/close</c>: closes the receipt.</summary>
    public static Task<IResult> CloseAsync(string noticeId, Receiving receiving, CancellationToken cancellationToken) =>
        WarehouseResults.RunAsync(async () =>
        {
            await receiving.CloseAsync(noticeId, cancellationToken);
            return TypedResults.Ok(new { noticeId, closed = true });
        });

    /// <summary><c>GET /api/putaway-tasks?noticeId=</c>: open putaway tasks (all owners, or one notice).</summary>
    public static Task<IResult> ListPutawayAsync(PutawayService putaway, CancellationToken cancellationToken, string? noticeId = null) =>
        WarehouseResults.RunAsync(async () => TypedResults.Ok(await putaway.ListAsync(noticeId, openOnly: true, cancellationToken)));

    /// <summary><c>POST /api/notices/{noticeId}/putaway/{taskNumber}/confirm</c>: the move is done.</summary>
    public static Task<IResult> ConfirmPutawayAsync(string noticeId, int taskNumber, PutawayService putaway, CancellationToken cancellationToken) =>
        WarehouseResults.RunAsync(async () => TypedResults.Ok(await putaway.ConfirmAsync(noticeId, taskNumber, cancellationToken)));
}
