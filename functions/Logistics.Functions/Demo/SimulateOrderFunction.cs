using Logistics.Application.Simulation;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Demo;

/// <summary>
/// <c>POST /api/dev/simulate/orders/{orderId}?failure=</c> (ops key): plays the floor and the carrier for an order —
/// delivered, or a failed delivery (<c>refused</c>, <c>addressUnknown</c>, <c>damaged</c>); answers 404 outside Development.
/// </summary>
public sealed class SimulateOrderFunction(HttpApi api, IHostEnvironment environment, OrderSimulator simulator)
{
    /// <summary>Runs the order simulator.</summary>
    [Function("SimulateOrder")]
    public Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "dev/simulate/orders/{orderId}")] HttpRequest request,
        string orderId,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync(request, Access.Ops, async call => environment.IsDevelopment()
            ? TypedResults.Ok(await simulator.SimulateAsync(durable, orderId, call.Query.String("failure"), call.Cancellation))
            : Problems.NotFound("The order simulator exists in Development only."));
}
