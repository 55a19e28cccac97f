using DurableTask.Core.Query;
using Logistics.Storage.Sqlite;

namespace Logistics.DurableTask.Sqlite;

public sealed partial class SqliteOrchestrationService
{
    private const int DefaultPageSize = 100;

    /// <inheritdoc/>
    /// <remarks>
    /// Filters by runtime status, created time (both bounds inclusive) and instance-id prefix (ordinal); pages are ordered by
    /// instance id. The continuation token is opaque; a page without a token is the last. Task hub names are ignored (one
    /// hub per file).
    /// </remarks>
    /// <exception cref="ArgumentException">The continuation token was not issued by this service.</exception>
    public async Task<OrchestrationQueryResult> GetOrchestrationWithQueryAsync(OrchestrationQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var after = QueryContinuationToken.Parse(query.ContinuationToken, nameof(query));
        var pageSize = query.PageSize > 0 ? query.PageSize : DefaultPageSize;
        await EnsureSchemaAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var columns = query.FetchInputsAndOutputs ? InstanceRow.Columns : InstanceRow.ColumnsWithoutPayloads;
        var prefix = query.InstanceIdPrefix ?? string.Empty;
        var rows = database.Read(session =>
        {
            var command = session.Command($"""
                SELECT {columns} FROM dt_instances
                WHERE instance_id > $after AND instance_id >= $prefix AND substr(instance_id, 1, length($prefix)) = $prefix
                  AND created_at >= $from AND created_at <= $to AND (($statuses >> status) & 1) = 1
                ORDER BY instance_id
                LIMIT $limit
                """)
                .With("$after", after)
                .With("$prefix", prefix)
                .With("$from", query.CreatedTimeFrom is { } from ? UnixTime.ToMilliseconds(from) : long.MinValue)
                .With("$to", query.CreatedTimeTo is { } to ? UnixTime.ToMilliseconds(to) : long.MaxValue)
                .With("$statuses", OrchestrationStatuses.MaskOf(query.RuntimeStatus))
                .With("$limit", pageSize + 1);
            var found = new List<InstanceRow>(Math.Min(pageSize + 1, 1000));
            using var reader = command.ExecuteReader();
            while (reader.Read())
                found.Add(InstanceRow.Read(reader));
            return found;
        });
        string? continuation = null;
        if (rows.Count > pageSize)
        {
            rows.RemoveAt(pageSize);
            continuation = QueryContinuationToken.Create(rows[^1].InstanceId);
        }

        return new OrchestrationQueryResult([.. rows.Select(row => row.ToState())], continuation);
    }
}
