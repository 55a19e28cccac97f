using Logistics.Application.Outbound;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Logistics.Functions.Security;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Outbound;

/// <summary>Carriers report what became of the shipments they took (carrier key for its own SCAC, or an ops key).</summary>
public sealed class CarrierFunctions(HttpApi api, OrderDelivery delivery)
{
    /// <summary>
    /// <c>POST /api/carriers/{carrier}/shipments/{trackingNumber}/events</c>: a tracking event — in transit, delivered
    /// with proof of delivery (who signed, when), or failed (refused, address unknown, damaged), after which the goods
    /// come back as a return. Idempotent on the event's <c>eventId</c>.
    /// </summary>
    [Function("RecordTrackingEvent")]
    public Task<IResult> RecordAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "carriers/{carrier}/shipments/{trackingNumber}/events")] HttpRequest request,
        string carrier,
        string trackingNumber,
        [DurableClient] DurableTaskClient durable) =>
        api.RunAsync<TrackingInput>(request, Access.Carrier, async (call, input) =>
        {
            // A carrier reports its own shipments only; another carrier's tracking number is not found for it.
            if (call.Caller!.Role == Roles.Carrier && !string.Equals(call.Caller.Carrier, carrier, StringComparison.OrdinalIgnoreCase))
            {
                return Problems.NotFound($"Carrier {call.Caller.Carrier} has no shipment {trackingNumber} with us.");
            }

            return TypedResults.Ok(await delivery.RecordAsync(durable, carrier, trackingNumber, input, call.Cancellation));
        }, AuditPolicy.PartnerDocument);
}
