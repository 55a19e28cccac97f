using DurableTask.Core;
using Logistics.DurableTask.Client;
using Logistics.Storage.Sqlite;

namespace Logistics.DurableTask.Sqlite;

public sealed partial class SqliteOrchestrationService
{
    /// <inheritdoc/>
    /// <remarks>Only a finished instance (Completed, Failed, Terminated, Canceled) is purged; otherwise nothing is deleted.</remarks>
    /// <returns>1 when the instance was purged, else 0.</returns>
    public async Task<PurgeResult> PurgeInstanceStateAsync(string instanceId)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await EnsureSchemaAsync().ConfigureAwait(false);
        var purged = await Write(session =>
            TaskHubStore.ReadExecution(session, instanceId) is { } execution
            && execution.Status.IsTerminal()
            && TaskHubStore.DeleteInstance(session, instanceId)).ConfigureAwait(false);
        return new PurgeResult(purged ? 1 : 0);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Purges finished instances created in the filter's range (both bounds inclusive) whose status is among the filter's
    /// (when it names any); instances that have not finished are never purged.
    /// </remarks>
    public async Task<PurgeResult> PurgeInstanceStateAsync(PurgeInstanceFilter purgeInstanceFilter)
    {
        ArgumentNullException.ThrowIfNull(purgeInstanceFilter);
        await EnsureSchemaAsync().ConfigureAwait(false);
        var statuses = OrchestrationStatuses.MaskOf(purgeInstanceFilter.RuntimeStatus) & OrchestrationStatuses.Terminal;
        var from = UnixTime.ToMilliseconds(purgeInstanceFilter.CreatedTimeFrom);
        var to = purgeInstanceFilter.CreatedTimeTo is { } createdTo ? UnixTime.ToMilliseconds(createdTo) : long.MaxValue;
        var count = await PurgeWhereAsync(
            "created_at >= $from AND created_at <= $to AND (($statuses >> status) & 1) = 1",
            command => command.With("$from", from).With("$to", to).With("$statuses", statuses)).ConfigureAwait(false);
        return new PurgeResult(count);
    }

    /// <inheritdoc/>
    /// <remarks>Purges finished instances whose chosen time is before <paramref name="thresholdDateTimeUtc"/>.</remarks>
    public async Task PurgeOrchestrationHistoryAsync(DateTime thresholdDateTimeUtc, OrchestrationStateTimeRangeFilterType timeRangeFilterType)
    {
        await EnsureSchemaAsync().ConfigureAwait(false);
        var column = timeRangeFilterType switch
        {
            OrchestrationStateTimeRangeFilterType.OrchestrationCreatedTimeFilter => "created_at",
            OrchestrationStateTimeRangeFilterType.OrchestrationLastUpdatedTimeFilter => "updated_at",
            OrchestrationStateTimeRangeFilterType.OrchestrationCompletedTimeFilter => "completed_at",
            _ => throw new ArgumentOutOfRangeException(nameof(timeRangeFilterType), timeRangeFilterType, null),
        };
        var threshold = UnixTime.ToMilliseconds(thresholdDateTimeUtc);
        await PurgeWhereAsync(
            $"{column} < $threshold AND (($statuses >> status) & 1) = 1",
            command => command.With("$threshold", threshold).With("$statuses", OrchestrationStatuses.Terminal)).ConfigureAwait(false);
    }

    private Task<int> PurgeWhereAsync(string condition, Action<Microsoft.Data.Sqlite.SqliteCommand> bind) =>
        Write(session =>
        {
            var select = session.Command($"SELECT instance_id FROM dt_instances WHERE {condition}");
            bind(select);
            var ids = new List<string>();
            using (var reader = select.ExecuteReader())
            {
                while (reader.Read())
                    ids.Add(reader.GetString(0));
            }

            return ids.Count(id => TaskHubStore.DeleteInstance(session, id));
        });
}
