using System.Globalization;
using System.Text.Json;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Logistics.Storage.Documents;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Management;

/// <summary>Reading instances (ops key): <c>GET /instances/{id}</c> and <c>GET /instances</c>, as Durable Functions serves them.</summary>
public sealed class DurableInstanceFunctions(HttpApi api)
{
    /// <summary>The request and response header that carries the listing's continuation token.</summary>
    public const string ContinuationHeader = "x-ms-continuation-token";

    /// <summary>Seconds a poller should wait before asking again while the instance runs.</summary>
    public const int RetryAfterSeconds = 10;

    private const string Instances = DurableManagementUris.Route + "/instances";

    /// <summary>
    /// 200 once terminal (500 for a failed one with <c>returnInternalServerErrorOnFailure=true</c>), 202 with <c>Location</c>
    /// and <c>Retry-After</c> while it runs, 404 when unknown; <c>showHistory</c>, <c>showHistoryOutput</c>, <c>showInput</c>.
    /// </summary>
    [Function("DurableGetInstance")]
    public Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Instances + "/{instanceId}")] HttpRequest request,
        string instanceId,
        [DurableClient] DurableTaskClient client) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var query = call.Query;
            var showHistory = query.Bool("showHistory", false);
            var showHistoryOutput = query.Bool("showHistoryOutput", false);
            var showInput = query.Bool("showInput", true);
            var failAs500 = query.Bool("returnInternalServerErrorOnFailure", false);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, call.Cancellation);
            if (instance is null)
            {
                return Problems.NotFound($"No orchestration instance '{instanceId}'.");
            }

            var history = showHistory ? await client.GetOrchestrationHistoryAsync(instanceId, call.Cancellation) : null;
            var body = DurableInstanceStatus.From(instance, showInput, history is null ? null : DurableHistoryEvent.From(history, showHistoryOutput));
            if (!instance.IsCompleted)
            {
                request.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return TypedResults.Accepted(DurableManagementUris.For(request).Status(instanceId), body);
            }

            return failAs500 && instance.RuntimeStatus == OrchestrationRuntimeStatus.Failed
                ? TypedResults.Json(body, statusCode: StatusCodes.Status500InternalServerError)
                : TypedResults.Ok(body);
        });

    /// <summary>
    /// A page of instances filtered by <c>runtimeStatus</c> (comma-separated), <c>createdTimeFrom</c>, <c>createdTimeTo</c>
    /// and <c>instanceIdPrefix</c>; <c>top</c> sets the page size and the <c>x-ms-continuation-token</c> header carries
    /// the position both ways.
    /// </summary>
    [Function("DurableListInstances")]
    public Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Instances)] HttpRequest request,
        [DurableClient] DurableTaskClient client) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var query = call.Query;
            var filter = DurableQueryParameters.Read(query);
            var top = query.Int("top", 100, 1, 1000);
            var showInput = query.Bool("showInput", false);
            if (query.Errors.Count > 0)
            {
                return Problems.Validation([.. query.Errors]);
            }

            var prefix = query.String("instanceIdPrefix");
            var scope = ListingScope(filter, prefix);
            var continuation = request.Headers[ContinuationHeader].ToString();
            var filterQuery = new OrchestrationQuery
            {
                Statuses = filter.Statuses,
                CreatedFrom = filter.CreatedFrom,
                CreatedTo = filter.CreatedTo,
                InstanceIdPrefix = prefix,
                PageSize = top,
                FetchInputsAndOutputs = showInput,
            };
            Page<OrchestrationMetadata>? page;
            try
            {
                // The backend's own token is handed out sealed to the filters, so an altered or replayed one is a 400 here
                // whatever the backend (ours checks only its shape; Durable Functions' Azure Storage token is free text).
                var resume = string.IsNullOrEmpty(continuation) ? null : QueryContinuationSeal.Open(scope, continuation);
                page = await FirstPageAsync(client.GetAllInstancesAsync(filterQuery with { ContinuationToken = resume }), resume, top, call.Cancellation);
            }
            catch (ArgumentException)
            {
                return Problems.Validation(($"/{ContinuationHeader}",
                    $"The {ContinuationHeader} header is not a continuation token this API issued for these filters; send back the previous answer's header unchanged, with the same filters."));
            }

            if (page?.ContinuationToken is { } next)
            {
                request.HttpContext.Response.Headers[ContinuationHeader] = QueryContinuationSeal.Seal(scope, next);
            }

            return TypedResults.Ok((page?.Values ?? []).Select(i => DurableInstanceStatus.From(i, showInput, history: null)).ToList());
        });

    // Everything that selects instances, not the page size or showInput, which may change between pages.
    private static string ListingScope(DurableQueryParameters filter, string? prefix) =>
        JsonSerializer.Serialize(new object?[] { "durable-instances", filter.Statuses?.Select(s => s.ToString()).ToArray(), filter.CreatedFrom, filter.CreatedTo, prefix });

    private static async Task<Page<OrchestrationMetadata>?> FirstPageAsync(AsyncPageable<OrchestrationMetadata> pageable, string? continuation, int top, CancellationToken cancellationToken)
    {
        await foreach (var page in pageable.AsPages(continuation, top).WithCancellation(cancellationToken))
        {
            return page;
        }

        return null;
    }
}
