using Logistics.Application.Billing;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Logistics.Functions.Security;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Billing;

/// <summary>The owners' rate cards, for ops: versions by the warehouse date they take effect.</summary>
public sealed class RateCardFunctions(HttpApi api, RateCards cards, AccessStore access)
{
    /// <summary>
    /// <c>PUT /api/ops/billing/rate-cards/{owner}/{effectiveFrom}</c> (<c>yyyy-MM-dd</c>): creates (201) or replaces (200)
    /// that version; refused (400, naming the field) when it breaks a rule or is dated in or before a closed period.
    /// </summary>
    [Function("PutRateCard")]
    public Task<IResult> PutAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "ops/billing/rate-cards/{owner}/{effectiveFrom}")] HttpRequest request, string owner, string effectiveFrom) =>
        api.RunAsync<RateCardInput>(request, Access.Ops, async (call, input) =>
        {
            if (await access.GetPublisherAsync(owner, call.Cancellation) is null)
            {
                return Problems.NotFound($"No publisher '{owner}'.");
            }

            call.Audit.Before = (await cards.ListAsync(owner, call.Cancellation)).FirstOrDefault(c => c.Version == effectiveFrom);
            var (card, created) = await cards.PutAsync(owner, effectiveFrom, input, call.Cancellation);
            return created ? TypedResults.Created($"/api/ops/billing/rate-cards/{owner}", card) : TypedResults.Ok(card);
        });

    /// <summary><c>GET /api/ops/billing/rate-cards/{owner}</c>: every version of the owner's card, oldest first.</summary>
    [Function("ListRateCards")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/billing/rate-cards/{owner}")] HttpRequest request, string owner) =>
        api.RunAsync(request, Access.Ops, async call => TypedResults.Ok(await cards.ListAsync(owner, call.Cancellation)));
}
