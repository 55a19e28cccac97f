using System.Text.Json;
using Logistics.Functions.Errors;
using Logistics.Orchestration;
using Logistics.Orchestration.Client;

namespace Logistics.Functions.Management;

/// <summary>Acting on instances: raise an event, terminate, suspend, resume, rewind. Each answers 202, 404 or 410 as Durable does.</summary>
public static class DurableCommandEndpoints
{
    /// <summary>Largest event payload accepted, in bytes.</summary>
    public const int MaxEventBytes = 64 * 1024;

    /// <summary><c>POST /instances/{id}/raiseEvent/{eventName}</c> with an optional JSON body as the event data.</summary>
    public static async Task<IResult> RaiseEventAsync(
        string instanceId,
        string eventName,
        HttpRequest request,
        OrchestrationClient client,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(client);
        var payload = await ReadPayloadAsync(request, cancellationToken);
        if (payload.Error is not null)
            return payload.Error;
        return await RunAsync(
            instanceId,
            client,
            status => status.IsTerminal() ? $"Instance '{instanceId}' is {status}; it no longer takes events." : null,
            () => client.RaiseEventAsync(instanceId, eventName, payload.Data, cancellationToken),
            cancellationToken);
    }

    /// <summary><c>POST /instances/{id}/terminate?reason=</c>.</summary>
    public static Task<IResult> TerminateAsync(string instanceId, OrchestrationClient client, CancellationToken cancellationToken, string? reason = null) =>
        RunAsync(instanceId, client, Terminal(instanceId), () => client.TerminateInstanceAsync(instanceId, reason, cancellationToken), cancellationToken);

    /// <summary><c>POST /instances/{id}/suspend?reason=</c>.</summary>
    public static Task<IResult> SuspendAsync(string instanceId, OrchestrationClient client, CancellationToken cancellationToken, string? reason = null) =>
        RunAsync(instanceId, client, Terminal(instanceId), () => client.SuspendInstanceAsync(instanceId, reason, cancellationToken), cancellationToken);

    /// <summary><c>POST /instances/{id}/resume?reason=</c>.</summary>
    public static Task<IResult> ResumeAsync(string instanceId, OrchestrationClient client, CancellationToken cancellationToken, string? reason = null) =>
        RunAsync(instanceId, client, Terminal(instanceId), () => client.ResumeInstanceAsync(instanceId, reason, cancellationToken), cancellationToken);

    /// <summary><c>POST /instances/{id}/rewind?reason=</c>: only a Failed instance can be rewound.</summary>
    public static Task<IResult> RewindAsync(string instanceId, OrchestrationClient client, CancellationToken cancellationToken, string? reason = null) =>
        RunAsync(
            instanceId,
            client,
            status => status == OrchestrationRuntimeStatus.Failed ? null : $"Instance '{instanceId}' is {status}; only a Failed instance can be rewound.",
            () => client.RewindInstanceAsync(instanceId, reason, cancellationToken),
            cancellationToken);

    private static Func<OrchestrationRuntimeStatus, string?> Terminal(string instanceId) =>
        status => status.IsTerminal() ? $"Instance '{instanceId}' is already {status}." : null;

    private static async Task<IResult> RunAsync(
        string instanceId,
        OrchestrationClient client,
        Func<OrchestrationRuntimeStatus, string?> goneReason,
        Func<Task> command,
        CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(instanceId, cancellationToken: cancellationToken);
        if (instance is null)
            return Problems.NotFound($"No orchestration instance '{instanceId}'.");
        if (goneReason(instance.RuntimeStatus) is { } gone)
            return Problems.Of(StatusCodes.Status410Gone, ProblemTypes.Gone, gone);
        try
        {
            await command();
        }
        catch (OrchestrationNotFoundException)
        {
            return Problems.NotFound($"No orchestration instance '{instanceId}'.");
        }
        catch (InvalidOperationException ex)
        {
            // The instance changed status between the check and the command (for example a rewind racing its completion).
            return Problems.Of(StatusCodes.Status410Gone, ProblemTypes.Gone, ex.Message);
        }

        return TypedResults.Accepted((string?)null);
    }

    private static async Task<(object? Data, IResult? Error)> ReadPayloadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is > MaxEventBytes)
            return (null, Problems.Of(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, $"Event data is limited to {MaxEventBytes} bytes."));
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxEventBytes)
            return (null, Problems.Of(StatusCodes.Status413PayloadTooLarge, ProblemTypes.PayloadTooLarge, $"Event data is limited to {MaxEventBytes} bytes."));
        if (buffer.Length == 0)
            return (null, null);
        try
        {
            return (JsonSerializer.Deserialize<JsonElement>(buffer.ToArray()), null);
        }
        catch (JsonException ex)
        {
            return (null, Problems.Validation(("", $"The event data is not valid JSON: {ex.Message}")));
        }
    }
}
