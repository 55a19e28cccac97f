using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Management;

/// <summary>Purging history (ops key): one instance, or every terminal instance created in a time range.</summary>
/// <remarks>Before an instance is purged its business document is reconciled, so a purge never strands a notice half-way.</remarks>
public sealed class DurablePurgeFunctions(HttpApi api, IEnumerable<IOrchestrationCleanup> cleanups)
{
    private const string Instances = DurableManagementUris.Route + "/instances";

    /// <summary><c>DELETE /instances/{id}</c>: 200 with the count, 404 when unknown, 409 while it still runs (nothing deleted).</summary>
    [Function("DurablePurgeInstance")]
    public Task<IResult> PurgeOneAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Instances + "/{instanceId}")] HttpRequest request,
        string instanceId,
        [DurableClient] DurableTaskClient client) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, call.Cancellation);
            if (instance is null)
            {
                return Problems.NotFound($"No orchestration instance '{instanceId}'.");
            }

            if (!DurableCommandFunctions.IsTerminal(instance.RuntimeStatus))
            {
                return Problems.Conflict($"Instance '{instanceId}' is {instance.RuntimeStatus}; terminate it before purging its history.");
            }

            await ReconcileAsync(client, instanceId, call.Cancellation);
            var result = await client.PurgeInstanceAsync(instanceId, call.Cancellation);
            return result.PurgedInstanceCount == 0
                ? Problems.NotFound($"No orchestration instance '{instanceId}'.")
                : TypedResults.Ok(new PurgeResponse(result.PurgedInstanceCount));
        });

    /// <summary>
    /// <c>DELETE /instances?createdTimeFrom=…[&amp;createdTimeTo=…][&amp;runtimeStatus=…]</c>: purges terminal instances; 404
    /// when none matched, as Durable does. <c>createdTimeFrom</c> is required so that a bare DELETE cannot wipe everything.
    /// </summary>
    [Function("DurablePurgeInstances")]
    public Task<IResult> PurgeManyAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Instances)] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var query = call.Query;
            var filter = DurableQueryParameters.Read(query);
            if (filter.CreatedFrom is null && query.String("createdTimeFrom") is null)
            {
                query.Fail("createdTimeFrom", "'createdTimeFrom' is required to purge many instances.");
            }

            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var terminal = (filter.Statuses ?? [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated])
                .Where(DurableCommandFunctions.IsTerminal).ToList();
            if (terminal.Count == 0)
            {
                return Problems.NotFound("Only terminal instances can be purged; the status filter names none.");
            }

            await foreach (var instance in client.GetAllInstancesAsync(new OrchestrationQuery
            {
                CreatedFrom = filter.CreatedFrom,
                CreatedTo = filter.CreatedTo,
                Statuses = terminal,
                FetchInputsAndOutputs = false,
            }).WithCancellation(call.Cancellation))
            {
                await ReconcileAsync(client, instance.InstanceId, call.Cancellation);
            }

            var result = await client.PurgeAllInstancesAsync(new PurgeInstancesFilter(filter.CreatedFrom, filter.CreatedTo, terminal), call.Cancellation);
            return result.PurgedInstanceCount == 0
                ? Problems.NotFound("No terminal instance matched.")
                : TypedResults.Ok(new PurgeResponse(result.PurgedInstanceCount));
        });

    private async Task ReconcileAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        foreach (var cleanup in cleanups)
        {
            await cleanup.ReconcileAsync(client, instanceId, cancellationToken);
        }
    }
}
