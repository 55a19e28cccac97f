using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Logistics.Application.Workflow;

/// <summary>Starting and signalling the one orchestration instance of a business document (a notice, an order).</summary>
public static class Instances
{
    /// <summary>Starts <paramref name="instanceId"/> unless it exists; safe to call any number of times, concurrently too.</summary>
    /// <returns>True when this call started it.</returns>
    public static async Task<bool> StartOnceAsync(DurableTaskClient client, string orchestrator, string instanceId, object input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken) is not null)
        {
            return false;
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, new StartOrchestrationOptions(instanceId), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Clients disagree on how they refuse an existing id (an InvalidOperationException here, an RpcException in
            // Azure): whatever was thrown, an instance that exists now was started by a concurrent call.
            if (await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken) is null)
            {
                throw;
            }

            return false;
        }
    }

    /// <summary>
    /// Starts the instance of each document that has none (the periodic sweep after a crash between a document's commit
    /// and its instance's start, or a purge); returns how many were started.
    /// </summary>
    public static async Task<int> StartMissingAsync<T>(
        DurableTaskClient client, IEnumerable<T> documents, Func<T, string> instanceOf, Func<T, Task> start, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(instanceOf);
        ArgumentNullException.ThrowIfNull(start);
        var started = 0;
        foreach (var document in documents)
        {
            if (await client.GetInstanceAsync(instanceOf(document), getInputsAndOutputs: false, cancellationToken) is null)
            {
                await start(document);
                started++;
            }
        }

        return started;
    }

    /// <summary>
    /// Tells a live instance that a milestone was committed. Never throws for an instance that is gone or finished: the
    /// change is already stored, and an orchestration that runs again reads it from its document.
    /// </summary>
    public static async Task SignalAsync(DurableTaskClient client, string instanceId, string milestone, MilestoneEvent signal, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(logger);
        try
        {
            // A raise to a missing instance is silently dropped by some backends; only live instances are worth it.
            var instance = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: false, cancellationToken);
            if (instance is { RuntimeStatus: OrchestrationRuntimeStatus.Running or OrchestrationRuntimeStatus.Pending or OrchestrationRuntimeStatus.Suspended })
            {
                await client.RaiseEventAsync(instanceId, milestone, signal, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.MilestoneNotRaised(ex, milestone, instanceId);
        }
    }
}
