using Logistics.Functions.Errors;
using Logistics.Orchestration.Client;

namespace Logistics.Functions.Management;

/// <summary>Purging history: one instance, or every terminal instance created in a time range.</summary>
public static class DurablePurgeEndpoints
{
    /// <summary><c>DELETE /instances/{id}</c>: 200 with the count, 404 when unknown, 409 while it still runs (nothing deleted).</summary>
    public static async Task<IResult> PurgeOneAsync(string instanceId, OrchestrationClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        try
        {
            var result = await client.PurgeInstanceAsync(instanceId, cancellationToken);
            return result.PurgedInstanceCount == 0
                ? Problems.NotFound($"No orchestration instance '{instanceId}'.")
                : TypedResults.Ok(new PurgeResponse(result.PurgedInstanceCount));
        }
        catch (InvalidOperationException ex)
        {
            return Problems.Conflict(ex.Message);
        }
    }

    /// <summary>
    /// <c>DELETE /instances?createdTimeFrom=…[&amp;createdTimeTo=…][&amp;runtimeStatus=…]</c>: purges terminal instances; 404 when
    /// none matched, as Durable does. <c>createdTimeFrom</c> is required so that a bare DELETE cannot wipe everything.
    /// </summary>
    public static async Task<IResult> PurgeManyAsync(
        OrchestrationClient client,
        CancellationToken cancellationToken,
        string? createdTimeFrom = null,
        string? createdTimeTo = null,
        string? runtimeStatus = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (string.IsNullOrWhiteSpace(createdTimeFrom))
            return Problems.Validation(("/createdTimeFrom", "'createdTimeFrom' is required to purge many instances."));
        var filter = DurableQueryParameters.Parse(runtimeStatus, createdTimeFrom, createdTimeTo);
        if (filter.Errors.Count > 0)
            return Problems.Validation([.. filter.Errors]);

        var result = await client.PurgeInstancesAsync(new PurgeInstancesFilter(filter.CreatedFrom, filter.CreatedTo, filter.Statuses), cancellationToken);
        return result.PurgedInstanceCount == 0
            ? Problems.NotFound("No terminal instance matched.")
            : TypedResults.Ok(new PurgeResponse(result.PurgedInstanceCount));
    }
}
