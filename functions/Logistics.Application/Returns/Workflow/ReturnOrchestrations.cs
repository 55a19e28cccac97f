using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Application.Returns.Workflow;

/// <summary>
/// Keeps each return and its orchestration in step: the return is committed first and its instance started after it
/// (id <c>return~{owner}~{number}</c>), and every floor or owner action starts a missing instance before it changes the
/// return, so a crash between the two delays the flow but never strands the return.
/// </summary>
/// <remarks>
/// An instance terminated by ops leaves its return as it is (goods received stay where the ledger has them): later
/// actions on it answer 409, and ops deal with the goods by hand. Unlike an inbound notice, a return books no stock before
/// its goods arrive, so there is nothing to release.
/// </remarks>
public sealed class ReturnOrchestrations(WarehouseStore store, ReturnDeadlines deadlines, ILogger<ReturnOrchestrations>? logger = null)
{
    private static readonly string[] Open = [.. Enum.GetNames<ReturnProgress>().Where(p => p is not (nameof(ReturnProgress.Completed) or nameof(ReturnProgress.Cancelled)))];

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Starts the missing instance of every unfinished return of one owner (the periodic sweep).</summary>
    /// <returns>How many were started.</returns>
    public async Task<int> ReconcileOwnerAsync(DurableTaskClient client, string ownerId, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var open = await container.QueryAllAsync<ReturnDocument>(
            new DocumentQuery(ownerId) { PageSize = 1000 }.WhereEquals("/type", ReturnDocument.Kind).Where("/progress", QueryOperator.In, Open), cancellationToken);
        return await Instances.StartMissingAsync(client, open, d => ReturnIds.InstanceOf(d.ReturnId), d => StartAsync(client, d, cancellationToken), cancellationToken);
    }

    /// <summary>Starts the return's orchestration unless it exists; safe to call any number of times.</summary>
    /// <returns>The instance id.</returns>
    public Task<string> StartAsync(DurableTaskClient client, ReturnDocument document, CancellationToken cancellationToken) =>
        StartAsync(client, document, null, cancellationToken);

    /// <summary>Starts the orchestration of a return just taken in, handing it the return as committed.</summary>
    /// <returns>The instance id.</returns>
    public Task<string> StartAcceptedAsync(DurableTaskClient client, ReturnDocument document, CancellationToken cancellationToken) =>
        StartAsync(client, document, ReturnSnapshot.Of(document, deadlines), cancellationToken);

    /// <summary>Call before a floor or owner action changes the return: starts a missing instance, refuses a cancelled return or a terminated instance.</summary>
    /// <exception cref="StateConflictException">The return is cancelled, or its orchestration was terminated.</exception>
    public async Task RequireActiveAsync(DurableTaskClient client, ReturnDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(document);
        if (document.Progress == ReturnProgress.Cancelled)
        {
            throw new StateConflictException($"Return {document.ReturnId} was cancelled ({document.CancelReason}).");
        }

        var instance = await client.GetInstanceAsync(ReturnIds.InstanceOf(document.ReturnId), getInputsAndOutputs: false, cancellationToken);
        if (instance is null)
        {
            await StartAsync(client, document, cancellationToken);
        }
        else if (instance.RuntimeStatus == OrchestrationRuntimeStatus.Terminated)
        {
            throw new StateConflictException($"The orchestration of return {document.ReturnId} was terminated by ops; the return takes no more actions.");
        }
    }

    /// <summary>Tells the orchestration that a milestone was committed; never throws for an instance that is gone or finished.</summary>
    public Task SignalAsync(DurableTaskClient client, string returnId, string milestone, MilestoneEvent signal, CancellationToken cancellationToken) =>
        Instances.SignalAsync(client, ReturnIds.InstanceOf(returnId), milestone, signal, _logger, cancellationToken);

    private async Task<string> StartAsync(DurableTaskClient client, ReturnDocument document, ReturnSnapshot? accepted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(document);
        var instanceId = ReturnIds.InstanceOf(document.ReturnId);
        await Instances.StartOnceAsync(client, nameof(ReturnOrchestrator), instanceId, new ReturnInput(document.OwnerId, document.ReturnId) { Accepted = accepted }, cancellationToken);
        return instanceId;
    }
}
