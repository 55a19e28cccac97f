using Logistics.Application.Audit;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;

namespace Logistics.Functions.Audit;

/// <summary>The audit log of manual actions, for ops: read only, as the log itself is.</summary>
public sealed class AuditFunctions(HttpApi api, AuditLog log, TimeProvider time)
{
    /// <summary>The period a query covers when it names none.</summary>
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(7);

    /// <summary>
    /// <c>GET /api/ops/audit?from=&amp;to=&amp;owner=&amp;keyId=&amp;role=&amp;action=&amp;pageSize=&amp;continuationToken=</c>:
    /// entries newest first. <c>from</c>/<c>to</c> (ISO 8601 instants; by default the last 7 days, at most 366 days),
    /// <c>action</c> a prefix of the method and path, e.g. <c>POST /api/ops/</c>.
    /// </summary>
    [Function("ListAuditEntries")]
    public Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "ops/audit")] HttpRequest request) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var query = call.Query;
            // Without 'to', up to and including now: an action at this very instant is listed.
            var to = query.Instant("to") ?? time.GetUtcNow().AddTicks(1);
            var from = query.Instant("from") ?? to - DefaultPeriod;
            var pageSize = query.Int("pageSize", 100, 1, 1000);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var filter = new AuditFilter(from, to, query.String("owner"), query.String("keyId"), query.String("role"), query.String("action"));
            var page = await log.QueryAsync(filter, query.String("continuationToken"), pageSize, call.Cancellation);
            return TypedResults.Ok(new AuditPage([.. page.Items.Select(d => d.Value)], page.ContinuationToken));
        });
}
