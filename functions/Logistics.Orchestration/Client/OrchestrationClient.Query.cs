using Logistics.Orchestration.Runtime;
using Logistics.Storage.Documents;

namespace Logistics.Orchestration.Client;

/// <summary>Listing and purging instances.</summary>
public sealed partial class OrchestrationClient
{
    /// <summary>Lists instances matching <paramref name="query"/>, one page at a time (a cross-partition query: for ops screens).</summary>
    public async Task<OrchestrationQueryResult> QueryInstancesAsync(OrchestrationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await runtime.InitializeAsync(cancellationToken);
        var page = await Container.QueryAsync<InstanceDocument>(ToDocumentQuery(query.Statuses, query.Name, query.CreatedFrom, query.CreatedTo, query.InstanceIdPrefix) with
        {
            PageSize = Math.Clamp(query.PageSize, 1, 1000),
            ContinuationToken = query.ContinuationToken,
        }, cancellationToken);
        return new OrchestrationQueryResult(
            page.Items.Select(d => ToMetadata(d.Value, query.FetchInputsAndOutputs, false)).ToList(),
            page.ContinuationToken);
    }

    /// <summary>Deletes a terminal instance with its history and pending events; 0 when it does not exist.</summary>
    /// <exception cref="InvalidOperationException">The instance is not terminal.</exception>
    public async Task<PurgeResult> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await runtime.InitializeAsync(cancellationToken);
        var read = await Container.ReadAsync<InstanceDocument>(InstanceDocument.DocumentId, instanceId, cancellationToken);
        if (read is null)
            return new PurgeResult(0);
        if (!read.Value.Status.IsTerminal())
            throw new InvalidOperationException($"Only a Completed, Failed or Terminated instance can be purged; '{instanceId}' is {read.Value.Status}.");
        await runtime.DeleteAllEventsAsync(instanceId, cancellationToken);
        try
        {
            await Container.DeleteAsync(InstanceDocument.DocumentId, instanceId, read.ETag, cancellationToken);
        }
        catch (DocumentPreconditionFailedException)
        {
            throw new InvalidOperationException($"Instance '{instanceId}' changed while being purged (rewound or replaced); purge it again once it is terminal.");
        }
        catch (DocumentNotFoundException)
        {
            return new PurgeResult(0);
        }

        return new PurgeResult(1);
    }

    /// <summary>Purges every terminal instance matching <paramref name="filter"/>.</summary>
    public async Task<PurgeResult> PurgeInstancesAsync(PurgeInstancesFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await runtime.InitializeAsync(cancellationToken);
        IReadOnlyCollection<OrchestrationRuntimeStatus> terminal =
        [
            .. (filter.Statuses ?? [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated])
                .Where(s => s.IsTerminal()),
        ];
        if (terminal.Count == 0)
            return new PurgeResult(0);
        var purged = 0;
        while (true)
        {
            // Purging removes what was found, so the first page is always the next one.
            var page = await Container.QueryAsync<InstanceDocument>(
                ToDocumentQuery(terminal, null, filter.CreatedFrom, filter.CreatedTo, null) with { PageSize = 100 },
                cancellationToken);
            var removed = 0;
            foreach (var item in page.Items)
            {
                try
                {
                    removed += (await PurgeInstanceAsync(item.Value.InstanceId, cancellationToken)).PurgedInstanceCount;
                }
                catch (InvalidOperationException)
                {
                    // It left its terminal status meanwhile (rewound or replaced): not ours to purge any more.
                }
            }

            purged += removed;
            if (page.ContinuationToken is null || removed == 0)
                return new PurgeResult(purged);
        }
    }

    private static DocumentQuery ToDocumentQuery(
        IReadOnlyCollection<OrchestrationRuntimeStatus>? statuses,
        string? name,
        DateTimeOffset? createdFrom,
        DateTimeOffset? createdTo,
        string? prefix)
    {
        var query = new DocumentQuery(null).WhereEquals("/type", InstanceDocument.DocumentType);
        if (statuses is { Count: > 0 })
            query = query.Where("/status", QueryOperator.In, statuses.Select(s => s.ToString()).ToArray());
        if (name is not null)
            query = query.WhereEquals("/name", name);
        if (createdFrom is { } from)
            query = query.Where("/createdAt", QueryOperator.GreaterThanOrEqual, from);
        if (createdTo is { } to)
            query = query.Where("/createdAt", QueryOperator.LessThanOrEqual, to);
        if (!string.IsNullOrEmpty(prefix))
            query = query.Where("/instanceId", QueryOperator.StartsWith, prefix);
        return query;
    }
}
