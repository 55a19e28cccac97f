using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Application.Workflow;
using Logistics.Storage.Documents;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Logistics.Application.ValueAdded.Workflow;

/// <summary>Keeps each job and its orchestration in step: an ordered job gets its instance, and changes reach it.</summary>
/// <remarks>
/// The job document is written first and the instance started after it; a crash in between leaves a job without an
/// instance, which the next touch of the job (a repeated order, a pick, a completion, a cancellation) starts. The
/// instance then reads the job and joins at its stage.
/// </remarks>
public sealed class ValueAddedOrchestrations(WarehouseStore store, ILogger<ValueAddedOrchestrations>? logger = null)
{
    private static readonly string[] Open = [nameof(ValueAddedStage.Picking), nameof(ValueAddedStage.Processing)];

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Starts the missing instance of every unfinished job of one owner (the periodic sweep).</summary>
    /// <returns>How many were started.</returns>
    public async Task<int> ReconcileOwnerAsync(DurableTaskClient client, string ownerId, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var open = await container.QueryAllAsync<ValueAddedJobDocument>(
            new DocumentQuery(ownerId) { PageSize = 1000 }.WhereEquals("/type", ValueAddedJobDocument.Kind).Where("/stage", QueryOperator.In, Open), cancellationToken);
        return await Instances.StartMissingAsync(client, open, j => ValueAddedIds.InstanceOf(j.JobId), j => StartAsync(client, j, cancellationToken), cancellationToken);
    }

    /// <summary>Starts the job's orchestration unless it exists; safe to call any number of times, concurrently too.</summary>
    /// <returns>The instance id.</returns>
    public async Task<string> StartAsync(DurableTaskClient client, ValueAddedJobDocument job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var instanceId = ValueAddedIds.InstanceOf(job.JobId);
        await Instances.StartOnceAsync(client, nameof(ValueAddedJobOrchestrator), instanceId, new ValueAddedJobInput(job.OwnerId, job.JobId), cancellationToken);
        return instanceId;
    }

    /// <summary>Makes sure the instance exists, then tells it that a milestone was committed; never throws for an instance that is gone.</summary>
    public async Task SignalAsync(DurableTaskClient client, ValueAddedJobDocument job, string milestone, MilestoneEvent signal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await StartAsync(client, job, cancellationToken);
        await Instances.SignalAsync(client, ValueAddedIds.InstanceOf(job.JobId), milestone, signal, _logger, cancellationToken);
    }
}
