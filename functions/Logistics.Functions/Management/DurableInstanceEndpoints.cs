using System.Globalization;
using Logistics.Functions.Errors;
using Logistics.Orchestration.Client;
using Microsoft.AspNetCore.Mvc;

namespace Logistics.Functions.Management;

/// <summary>Reading instances: <c>GET /instances/{id}</c> and <c>GET /instances</c>, as Durable Functions serves them.</summary>
public static class DurableInstanceEndpoints
{
    /// <summary>The request and response header that carries the listing's continuation token.</summary>
    public const string ContinuationHeader = "x-ms-continuation-token";

    /// <summary>Seconds a poller should wait before asking again while the instance runs.</summary>
    public const int RetryAfterSeconds = 10;

    /// <summary>
    /// 200 once terminal (500 for a failed one when <paramref name="returnInternalServerErrorOnFailure"/>), 202 with
    /// <c>Location</c> and <c>Retry-After</c> while it runs, 404 when unknown.
    /// </summary>
    public static async Task<IResult> GetAsync(
        string instanceId,
        HttpRequest request,
        OrchestrationClient client,
        CancellationToken cancellationToken,
        bool showHistory = false,
        bool showHistoryOutput = false,
        bool showInput = true,
        bool returnInternalServerErrorOnFailure = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, includeHistory: showHistory, cancellationToken);
        if (instance is null)
            return Problems.NotFound($"No orchestration instance '{instanceId}'.");

        var body = DurableInstanceStatus.From(instance, showInput, showHistoryOutput);
        if (instance.IsRunning)
        {
            request.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return TypedResults.Accepted(DurableManagementUris.For(request).Status(instanceId), body);
        }

        return returnInternalServerErrorOnFailure && instance.RuntimeStatus == Orchestration.OrchestrationRuntimeStatus.Failed
            ? TypedResults.Json(body, statusCode: StatusCodes.Status500InternalServerError)
            : TypedResults.Ok(body);
    }

    /// <summary>
    /// A page of instances (newest listing order is the store's), filtered by <c>runtimeStatus</c> (comma-separated),
    /// <c>createdTimeFrom</c>, <c>createdTimeTo</c> and <c>instanceIdPrefix</c>; <c>top</c> sets the page size and the
    /// <c>x-ms-continuation-token</c> header carries the position both ways.
    /// </summary>
    public static async Task<IResult> ListAsync(
        HttpRequest request,
        OrchestrationClient client,
        CancellationToken cancellationToken,
        string? runtimeStatus = null,
        string? createdTimeFrom = null,
        string? createdTimeTo = null,
        string? instanceIdPrefix = null,
        int top = 100,
        bool showInput = false,
        [FromHeader(Name = ContinuationHeader)] string? continuationToken = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var filter = DurableQueryParameters.Parse(runtimeStatus, createdTimeFrom, createdTimeTo);
        if (filter.Errors.Count > 0)
            return Problems.Validation([.. filter.Errors]);
        if (top is < 1 or > 1000)
            return Problems.Validation(("/top", "'top' must be between 1 and 1000."));

        var page = await client.QueryInstancesAsync(
            new OrchestrationQuery
            {
                Statuses = filter.Statuses,
                CreatedFrom = filter.CreatedFrom,
                CreatedTo = filter.CreatedTo,
                InstanceIdPrefix = string.IsNullOrEmpty(instanceIdPrefix) ? null : instanceIdPrefix,
                PageSize = top,
                ContinuationToken = string.IsNullOrEmpty(continuationToken) ? null : continuationToken,
                FetchInputsAndOutputs = true,
            },
            cancellationToken);
        if (page.ContinuationToken is not null)
            request.HttpContext.Response.Headers[ContinuationHeader] = page.ContinuationToken;
        return TypedResults.Ok(page.Instances.Select(i => DurableInstanceStatus.From(i, showInput, showHistoryOutput: false)).ToList());
    }
}
