using Logistics.Application.Simulation;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Demo;

/// <summary><c>POST /api/dev/simulate/{noticeId}</c> (ops key): plays the floor for a notice; answers 404 outside Development.</summary>
public sealed class SimulateFloorFunction(HttpApi api, IHostEnvironment environment, FloorSimulator simulator)
{
    /// <summary>Runs the floor simulator.</summary>
    [Function("SimulateFloor")]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dev/simulate/{noticeId}")] HttpRequest request,
        string noticeId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Ops, async call => environment.IsDevelopment()
            ? TypedResults.Ok(await simulator.SimulateAsync(durable, noticeId, call.Cancellation))
            : Problems.NotFound("The floor simulator exists in Development only."));
}
