using System.Globalization;
using Logistics.Application.Billing;
using Logistics.Application.Warehouse;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Billing;

/// <summary>The billing journal, for ops: every event billing received, per owner and period.</summary>
public sealed class BillingFunctions(HttpApi api, BillingQueries queries, BusinessCalendar calendar)
{
    /// <summary>
    /// <c>GET /api/ops/billing/activity?owner=&amp;period=yyyy-MM&amp;pageSize=&amp;continuationToken=</c> (period: by
    /// default the current month at the warehouse): a page of the owner's journal lines, oldest first.
    /// </summary>
    [Function("ListBillableActivity")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/billing/activity")] HttpRequest request) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var query = call.Query;
            var owner = query.String("owner");
            if (owner is null)
            {
                query.Fail("owner", "'owner' (the publisher id) is required.");
            }

            var period = query.String("period") ?? calendar.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            if (!DateOnly.TryParseExact(period + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                query.Fail("period", $"'period' must be a month as yyyy-MM, not '{period}'.");
            }

            var pageSize = query.Int("pageSize", 100, 1, 1000);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var page = await queries.ListAsync(owner!, period, pageSize, query.String("continuationToken"), call.Cancellation);
            return TypedResults.Ok(new BillableActivityPage([.. page.Items.Select(d => d.Value)], page.ContinuationToken));
        });
}
