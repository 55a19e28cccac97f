using System.Text.Json;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.ValueAdded;

/// <summary>Reads of jobs for the owner (its own) and the floor (every owner's open jobs).</summary>
public sealed class ValueAddedQueries(ValueAddedRepository jobs)
{
    private static readonly ValueAddedStage[] Open = [ValueAddedStage.Picking, ValueAddedStage.Processing];

    /// <summary>One job with its orchestration's status.</summary>
    /// <exception cref="Common.ResourceNotFoundException">No such job (of this publisher, when one is given).</exception>
    public async Task<ValueAddedJobView> GetAsync(DurableTaskClient client, string? publisherId, string jobId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var job = (await jobs.GetAsync(jobId, publisherId, cancellationToken)).Value;
        var instance = await client.GetInstanceAsync(ValueAddedIds.InstanceOf(jobId), getInputsAndOutputs: true, cancellationToken);
        JsonElement? custom = instance?.SerializedCustomStatus is { } json ? JsonSerializer.Deserialize<JsonElement>(json) : null;
        return ValueAddedJobView.From(job, instance?.RuntimeStatus.ToString(), custom);
    }

    /// <summary>The publisher's jobs, optionally of one stage, by job number.</summary>
    public async Task<IReadOnlyList<ValueAddedJobView>> ListAsync(string publisherId, ValueAddedStage? stage, CancellationToken cancellationToken) =>
        [.. (await jobs.ListAsync(publisherId, stage is { } s ? [s] : [], cancellationToken)).Select(j => ValueAddedJobView.From(j))];

    /// <summary>Every owner's open jobs (picking or processing), for the floor.</summary>
    public async Task<IReadOnlyList<ValueAddedJobView>> OpenAsync(CancellationToken cancellationToken) =>
        [.. (await jobs.ListAsync(null, Open, cancellationToken)).Select(j => ValueAddedJobView.From(j))];
}
