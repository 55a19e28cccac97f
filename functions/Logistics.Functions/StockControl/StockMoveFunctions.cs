using Logistics.Application.StockControl.Moves;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.StockControl;

/// <summary>Moves between locations: ops create the task, the floor lists and confirms it with its scans.</summary>
public sealed class StockMoveFunctions(HttpApi api, StockMoves moves)
{
    /// <summary>
    /// <c>POST /api/ops/moves</c> with a <see cref="MoveInput"/>: 201 with the task; the same move number again answers 200
    /// with the task as it is (409 when it names another move).
    /// </summary>
    [Function("CreateMoveTask")]
    public Task<IResult> CreateAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/moves")] HttpRequest request) =>
        api.RunAsync<MoveInput>(request, Access.Ops, async (call, body) =>
        {
            var (task, created) = await moves.CreateAsync(body, call.Cancellation);
            return created ? TypedResults.Created($"/api/moves/{Uri.EscapeDataString(task.MoveId)}", task) : TypedResults.Ok(task);
        });

    /// <summary><c>GET /api/moves</c>: every open move task of every owner, oldest first.</summary>
    [Function("ListMoveTasks")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "moves")] HttpRequest request) =>
        api.RunAsync(request, Access.Staff, async call => TypedResults.Ok(await moves.ListOpenAsync(call.Cancellation)));

    /// <summary>
    /// <c>POST /api/moves/{moveId}/confirm</c> with a <see cref="MoveScan"/>: the scans of the from location, the item, the
    /// lot, the to location and the units; a wrong one is a 400 naming it. Confirming again answers the done task.
    /// </summary>
    [Function("ConfirmMove")]
    public Task<IResult> ConfirmAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "moves/{moveId}/confirm")] HttpRequest request,
        string moveId) =>
        api.RunAsync<MoveScan>(request, Access.Staff, async (call, scan) => TypedResults.Ok(await moves.ConfirmAsync(moveId, scan, call.Cancellation)));
}
