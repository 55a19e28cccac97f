using Logistics.Application.Common;
using Logistics.Application.Warehouse;
using Logistics.Storage.Documents;

namespace Logistics.Application.ValueAdded;

/// <summary>Loads jobs by id, scoped to a publisher when one is given.</summary>
public sealed class ValueAddedRepository(WarehouseStore store)
{
    /// <summary>The job with its ETag.</summary>
    /// <param name="jobId">The job id (its owner is part of it).</param>
    /// <param name="publisherId">The calling publisher, or null for warehouse staff.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="ResourceNotFoundException">Absent, malformed, or another publisher's.</exception>
    public async Task<Document<ValueAddedJobDocument>> GetAsync(string jobId, string? publisherId, CancellationToken cancellationToken) =>
        await FindAsync(jobId, publisherId, cancellationToken) ?? throw new ResourceNotFoundException($"No work order '{jobId}'.");

    /// <summary>The job with its ETag, or null when there is none (or it is another publisher's).</summary>
    public async Task<Document<ValueAddedJobDocument>?> FindAsync(string jobId, string? publisherId, CancellationToken cancellationToken)
    {
        if (!ValueAddedIds.TryParse(jobId, out var owner, out _) || (publisherId is not null && owner!.Value != publisherId))
        {
            return null;
        }

        var container = await store.ContainerAsync(cancellationToken);
        return await container.ReadAsync<ValueAddedJobDocument>(ValueAddedJobDocument.IdOf(jobId), owner!.Value, cancellationToken);
    }

    /// <summary>Every job of the owner in one of <paramref name="stages"/> (all when none), by job number.</summary>
    public async Task<IReadOnlyList<ValueAddedJobDocument>> ListAsync(string? ownerId, IReadOnlyCollection<ValueAddedStage> stages, CancellationToken cancellationToken)
    {
        var container = await store.ContainerAsync(cancellationToken);
        var query = new DocumentQuery(ownerId) { PageSize = 1000 }.WhereEquals("/type", ValueAddedJobDocument.Kind);
        if (stages.Count > 0)
        {
            query = query.Where("/stage", QueryOperator.In, stages.Select(s => s.ToString()).ToArray());
        }

        var jobs = await ContainerQueries.QueryAllAsync<ValueAddedJobDocument>(container, query, cancellationToken);
        return [.. jobs.OrderBy(j => j.OwnerId, StringComparer.Ordinal).ThenBy(j => j.JobNumber, StringComparer.Ordinal)];
    }
}
