using Logistics.Application.Reports.Activity;
using Logistics.Application.Warehouse;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Reports;

/// <summary>The publisher's daily activity, as the reporting consumer counts it from the events.</summary>
public sealed class ActivityFunctions(HttpApi api, ActivityQueries queries, BusinessCalendar calendar)
{
    /// <summary>
    /// <c>GET /api/activity?from=yyyy-MM-dd&amp;to=yyyy-MM-dd</c> (warehouse dates, both included; by default the last 7
    /// days up to today): per day with events, the events and units per event type.
    /// </summary>
    [Function("ListActivity")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "activity")] HttpRequest request) =>
        api.RunAsync(request, Access.Publisher, async call =>
        {
            var query = call.Query;
            var to = query.Date("to") ?? calendar.Today;
            var from = query.Date("from") ?? to.AddDays(-6);
            if (from > to)
            {
                query.Fail("from", "'from' must not be after 'to'.");
            }
            else if (to.DayNumber - from.DayNumber >= ActivityQueries.MaxDays)
            {
                query.Fail("from", $"A range spans at most {ActivityQueries.MaxDays} days.");
            }

            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            return TypedResults.Ok(await queries.ListAsync(call.PublisherId, from, to, call.Cancellation));
        });
}
