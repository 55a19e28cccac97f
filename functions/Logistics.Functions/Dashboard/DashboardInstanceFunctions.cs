using Logistics.Application.Warehouse;
using Logistics.Functions.Errors;
using Logistics.Functions.Hosting;
using Logistics.Functions.Http;
using Logistics.Functions.Management;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Dashboard;

/// <summary>
/// What the dashboard needs beside the management API (ops key): its forms' choices, counts and a creation histogram
/// for the instance filters, and an instance's timeline. Listing, reading and acting on instances use the management
/// API itself (<c>/api/runtime/webhooks/durabletask</c>).
/// </summary>
public sealed class DashboardInstanceFunctions(HttpApi api, AppRuntime runtime, TimeProvider time)
{
    /// <summary>The route of the dashboard's own data below the function route prefix.</summary>
    public const string Route = "ops/dashboard";

    /// <summary>Most instances one statistics answer counts.</summary>
    public const int MaxScanned = 50_000;

    /// <summary><c>GET /api/ops/dashboard/meta</c>: orchestrations with their id prefixes and events, runtime statuses, subscriptions.</summary>
    [Function("DashboardMeta")]
    public Task<IResult> MetaAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route + "/meta")] HttpRequest request) =>
        api.RunAsync(request, Access.Ops, _ => Task.FromResult<IResult>(TypedResults.Ok(new DashboardMeta(
            DashboardOrchestrations.All,
            Enum.GetNames<OrchestrationRuntimeStatus>(),
            WarehouseStore.Topic.Subscriptions,
            runtime.Name,
            time.GetUtcNow()))));

    /// <summary>
    /// <c>GET /api/ops/dashboard/instance-stats</c> with the list's filters (<c>runtimeStatus</c>, <c>createdTimeFrom</c>,
    /// <c>createdTimeTo</c>, <c>instanceIdPrefix</c>) and the dashboard's (<c>name</c>, <c>publisher</c>): counts per
    /// runtime status, a histogram of creation times, and the instance id prefixes that the list pages through.
    /// </summary>
    [Function("DashboardInstanceStats")]
    public Task<IResult> StatsAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route + "/instance-stats")] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var query = call.Query;
            var filter = DurableQueryParameters.Read(query);
            var prefixes = Prefixes(query);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var counts = Enum.GetNames<OrchestrationRuntimeStatus>().ToDictionary(n => n, _ => 0, StringComparer.Ordinal);
            var created = new List<DateTimeOffset>();
            var total = 0;
            var truncated = false;
            foreach (var prefix in prefixes!)
            {
                var instances = client.GetAllInstancesAsync(new OrchestrationQuery
                {
                    CreatedFrom = filter.CreatedFrom,
                    CreatedTo = filter.CreatedTo,
                    InstanceIdPrefix = prefix.Length == 0 ? null : prefix,
                    PageSize = 1000,
                    FetchInputsAndOutputs = false,
                });
                await foreach (var instance in instances.WithCancellation(call.Cancellation))
                {
                    if (total == MaxScanned)
                    {
                        truncated = true;
                        break;
                    }

                    total++;
                    counts[instance.RuntimeStatus.ToString()]++;
                    if (filter.Statuses is null || filter.Statuses.Contains(instance.RuntimeStatus))
                    {
                        created.Add(instance.CreatedAt);
                    }
                }
            }

            var now = time.GetUtcNow();
            return TypedResults.Ok(new InstanceStats(prefixes, total, counts, CreatedHistogram.Build(created, filter.CreatedFrom, filter.CreatedTo, now), truncated, now));
        });

    /// <summary><c>GET /api/ops/dashboard/instances/{instanceId}/timeline</c>: the current execution as bars; 404 when unknown.</summary>
    [Function("DashboardTimeline")]
    public Task<IResult> TimelineAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route + "/instances/{instanceId}/timeline")] HttpRequest request,
        string instanceId,
        [DurableClient] DurableTaskClient client) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, call.Cancellation) is null)
            {
                return Problems.NotFound($"No orchestration instance '{instanceId}'.");
            }

            IList<global::DurableTask.Core.History.HistoryEvent> history;
            try
            {
                history = await client.GetOrchestrationHistoryAsync(instanceId, call.Cancellation);
            }
            catch (NotSupportedException ex)
            {
                // A backend without history reads; the page then shows the history table's message instead.
                return Problems.Of(StatusCodes.Status501NotImplemented, ProblemTypes.Internal, ex.Message);
            }

            return TypedResults.Ok(InstanceTimeline.Build([.. history], time.GetUtcNow()));
        });

    private static IReadOnlyList<string>? Prefixes(QueryReader query)
    {
        var name = query.String("name");
        var publisher = query.String("publisher");
        try
        {
            return DashboardOrchestrations.Prefixes(name, publisher, query.String("instanceIdPrefix"));
        }
        catch (ArgumentException ex)
        {
            query.Fail(ex.ParamName == "name" ? "name" : "publisher", ex.ParamName == "name"
                ? $"'{name}' is not an orchestration of this app ({string.Join(", ", DashboardOrchestrations.All.Select(o => o.Name))})."
                : "'publisher' is a publisher id, which has no '~'.");
            return null;
        }
    }
}
