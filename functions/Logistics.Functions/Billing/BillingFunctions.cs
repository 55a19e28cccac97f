using System.Text;
using Logistics.Application.Billing;
using Logistics.Application.Warehouse;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Logistics.Functions.Security;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Billing;

/// <summary>Billing for ops: the charge lines the rater filed, and each owner's statements per period.</summary>
public sealed class BillingFunctions(HttpApi api, BillingQueries queries, BillingStatements statements, ChargeRerating rerating, AccessStore access, BusinessCalendar calendar)
{
    /// <summary>
    /// <c>GET /api/ops/billing/charges?owner=&amp;period=yyyy-MM&amp;status=rated|unrated&amp;pageSize=&amp;continuationToken=</c>
    /// (period: by default the current warehouse month; status: by default both): a page of the owner's charge lines.
    /// </summary>
    [Function("ListChargeLines")]
    public Task<IResult> ListChargesAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/billing/charges")] HttpRequest request) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var query = call.Query;
            var owner = query.String("owner");
            if (owner is null)
            {
                query.Fail("owner", "'owner' (the publisher id) is required.");
            }

            var period = query.String("period") ?? BillingPeriods.Of(calendar.Today);
            if (BillingPeriods.FirstDay(period) is null)
            {
                query.Fail("period", $"'period' must be a month as yyyy-MM, not '{period}'.");
            }

            var status = query.String("status");
            if (status is not (null or ChargeLineDocument.Rated or ChargeLineDocument.Unrated))
            {
                query.Fail("status", $"'status' must be {ChargeLineDocument.Rated} or {ChargeLineDocument.Unrated}, not '{status}'.");
            }

            var pageSize = query.Int("pageSize", 100, 1, 1000);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var page = await queries.ListChargesAsync(owner!, period, status, pageSize, query.String("continuationToken"), call.Cancellation);
            return TypedResults.Ok(new ChargeLinePage([.. page.Items.Select(d => d.Value)], page.ContinuationToken));
        });

    /// <summary>
    /// <c>POST /api/ops/billing/charges/{owner}/{period}/rerate</c>: after a rate card fix, rates the open period's
    /// unrated lines the card now prices; answers <c>{rated}</c>, how many changed (0 on a repeat).
    /// </summary>
    [Function("RerateChargeLines")]
    public Task<IResult> RerateAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/billing/charges/{owner}/{period}/rerate")] HttpRequest request, string owner, string period) =>
        api.RunAsync(request, Access.Ops, async call =>
            TypedResults.Ok(new RerateResult(await rerating.RerateAsync(owner, period, call.Cancellation))));

    /// <summary>
    /// <c>GET /api/ops/billing/statements/{owner}/{period}</c>: the statement, final when the period is closed, else a
    /// preview; JSON, or CSV with <c>Accept: text/csv</c> or <c>?format=csv</c>.
    /// </summary>
    [Function("GetStatement")]
    public Task<IResult> GetStatementAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/billing/statements/{owner}/{period}")] HttpRequest request, string owner, string period) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var format = call.Query.String("format");
            if (format is not (null or "json" or "csv"))
            {
                return Problems.Validation(("/format", $"'format' must be json or csv, not '{format}'."));
            }

            var statement = await statements.GetAsync(owner, period, call.Cancellation);
            return Answer(request, format, statement);
        });

    /// <summary>
    /// <c>POST /api/ops/billing/statements/{owner}/{period}/close?acceptUnrated=false</c>: closes an ended period and
    /// answers its final statement (again the same one when closed before). Refused (409) while the period runs, or
    /// while it has unrated lines unless <c>acceptUnrated=true</c>.
    /// </summary>
    [Function("CloseStatement")]
    public Task<IResult> CloseAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "ops/billing/statements/{owner}/{period}/close")] HttpRequest request, string owner, string period) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var query = call.Query;
            var acceptUnrated = query.Bool("acceptUnrated", false);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            if (await access.GetPublisherAsync(owner, call.Cancellation) is null)
            {
                return Problems.NotFound($"No publisher '{owner}'.");
            }

            return TypedResults.Ok(await statements.CloseAsync(owner, period, acceptUnrated, call.Cancellation));
        });

    private static IResult Answer(HttpRequest request, string? format, StatementDocument statement)
    {
        var csv = format == "csv"
            || (format is null && request.Headers.Accept.Any(a => a?.Contains("text/csv", StringComparison.OrdinalIgnoreCase) == true));
        return csv
            ? TypedResults.Text(StatementCsv.Write(statement), "text/csv", Encoding.UTF8)
            : TypedResults.Ok(statement);
    }
}
