using System.Text.Json;
using Logistics.Functions.Errors;
using Logistics.Functions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Management;

/// <summary>
/// Acting on instances (ops key): raise an event, terminate, suspend, resume, rewind. Each answers 202, 404 when the
/// instance is unknown, or 410 when its status no longer allows the command, as Durable Functions does.
/// </summary>
public sealed class DurableCommandFunctions(HttpApi api, IEnumerable<IOrchestrationCleanup> cleanups)
{
    /// <summary>Largest event payload accepted, in bytes.</summary>
    public const int MaxEventBytes = 64 * 1024;

    /// <summary>How long terminate waits for the instance to stop before reconciling its document (the sweep covers a longer wait).</summary>
    public static readonly TimeSpan TerminationWait = TimeSpan.FromSeconds(10);

    private const string Instance = DurableManagementUris.Route + "/instances/{instanceId}";

    /// <summary><c>POST /instances/{id}/raiseEvent/{eventName}</c> with an optional JSON body as the event data.</summary>
    [Function("DurableRaiseEvent")]
    public Task<IResult> RaiseEventAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Instance + "/raiseEvent/{eventName}")] HttpRequest request,
        string instanceId,
        string eventName,
        [DurableClient] DurableTaskClient client) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var payload = await ReadPayloadAsync(request, call.Cancellation);
            if (payload.Error is not null)
            {
                return payload.Error;
            }

            return await RunAsync(client, call, instanceId,
                status => IsTerminal(status) ? $"Instance '{instanceId}' is {status}; it no longer takes events." : null,
                () => client.RaiseEventAsync(instanceId, eventName, payload.Data, call.Cancellation));
        });

    /// <summary>
    /// <c>POST /instances/{id}/terminate?reason=</c>. Once the instance has stopped, the business document behind it is
    /// put into its defined end state (a notice is cancelled and its pending-in released).
    /// </summary>
    [Function("DurableTerminate")]
    public Task<IResult> TerminateAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Instance + "/terminate")] HttpRequest request,
        string instanceId,
        [DurableClient] DurableTaskClient client) =>
        api.RunAsync(request, Access.Ops, async call =>
        {
            var reason = call.Query.String("reason");
            var result = await RunAsync(client, call, instanceId, AlreadyTerminal(instanceId),
                () => client.TerminateInstanceAsync(instanceId, reason, call.Cancellation));
            if (result is Microsoft.AspNetCore.Http.HttpResults.Accepted)
            {
                await ReconcileWhenStoppedAsync(client, instanceId, call.Cancellation);
            }

            return result;
        });

    /// <summary><c>POST /instances/{id}/suspend?reason=</c>.</summary>
    [Function("DurableSuspend")]
    public Task<IResult> SuspendAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Instance + "/suspend")] HttpRequest request,
        string instanceId,
        [DurableClient] DurableTaskClient client) =>
        api.RunAsync(request, Access.Ops, call => RunAsync(client, call, instanceId, AlreadyTerminal(instanceId),
            () => client.SuspendInstanceAsync(instanceId, call.Query.String("reason"), call.Cancellation)));

    /// <summary><c>POST /instances/{id}/resume?reason=</c>.</summary>
    [Function("DurableResume")]
    public Task<IResult> ResumeAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Instance + "/resume")] HttpRequest request,
        string instanceId,
        [DurableClient] DurableTaskClient client) =>
        api.RunAsync(request, Access.Ops, call => RunAsync(client, call, instanceId, AlreadyTerminal(instanceId),
            () => client.ResumeInstanceAsync(instanceId, call.Query.String("reason"), call.Cancellation)));

    /// <summary><c>POST /instances/{id}/rewind?reason=</c>: only a Failed instance can be rewound.</summary>
    [Function("DurableRewind")]
    public Task<IResult> RewindAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Instance + "/rewind")] HttpRequest request,
        string instanceId,
        [DurableClient] DurableTaskClient client) =>
        api.RunAsync(request, Access.Ops, call => RunAsync(client, call, instanceId,
            status => status == OrchestrationRuntimeStatus.Failed ? null : $"Instance '{instanceId}' is {status}; only a Failed instance can be rewound.",
            () => client.RewindInstanceAsync(instanceId, call.Query.String("reason") ?? "rewound by ops", call.Cancellation)));

    internal static bool IsTerminal(OrchestrationRuntimeStatus status) =>
        status is OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated;

    private static Func<OrchestrationRuntimeStatus, string?> AlreadyTerminal(string instanceId) =>
        status => IsTerminal(status) ? $"Instance '{instanceId}' is already {status}." : null;

    // Runs a command on an instance that exists and is not gone; the audit entry gets the runtime status before and after.
    private static async Task<IResult> RunAsync(
        DurableTaskClient client,
        ApiCall call,
        string instanceId,
        Func<OrchestrationRuntimeStatus, string?> goneReason,
        Func<Task> command)
    {
        var cancellationToken = call.Cancellation;
        var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
        if (instance is null)
        {
            return Problems.NotFound($"No orchestration instance '{instanceId}'.");
        }

        if (goneReason(instance.RuntimeStatus) is { } gone)
        {
            return Problems.Of(StatusCodes.Status410Gone, ProblemTypes.Gone, gone);
        }

        call.Audit.Before = new { instanceId, runtimeStatus = instance.RuntimeStatus.ToString() };
        try
        {
            await command();
        }
        catch (InvalidOperationException ex)
        {
            // The instance changed status between the check and the command (for example a rewind racing its completion).
            return Problems.Of(StatusCodes.Status410Gone, ProblemTypes.Gone, ex.Message);
        }
        catch (NotSupportedException ex)
        {
            return Problems.Of(StatusCodes.Status501NotImplemented, ProblemTypes.Internal, ex.Message);
        }

        return TypedResults.Accepted((string?)null);
    }

    private async Task ReconcileWhenStoppedAsync(DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(TerminationWait);
        try
        {
            await client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: false, wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Still stopping: the periodic reconciliation finishes the job.
            return;
        }

        foreach (var cleanup in cleanups)
        {
            await cleanup.ReconcileAsync(client, instanceId, cancellationToken);
        }
    }

    private static async Task<(object? Data, IResult? Error)> ReadPayloadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = System.Text.Encoding.UTF8.GetBytes(await RequestBody.ReadTextAsync(request, MaxEventBytes, cancellationToken));
        }
        catch (BadHttpRequestException)
        {
            return (null, Problems.Of(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, $"Event data is limited to {MaxEventBytes} bytes."));
        }

        if (bytes.Length == 0)
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize<JsonElement>(bytes), null);
        }
        catch (JsonException ex)
        {
            return (null, JsonProblem.Of(ex));
        }
    }
}
