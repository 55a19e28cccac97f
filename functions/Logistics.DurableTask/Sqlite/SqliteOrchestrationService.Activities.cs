using System.Diagnostics;
using System.Globalization;
using DurableTask.Core;
using DurableTask.Core.History;
using Logistics.DurableTask.Serialization;

namespace Logistics.DurableTask.Sqlite;

public sealed partial class SqliteOrchestrationService
{
    /// <inheritdoc/>
    /// <remarks>Returns null on timeout (wall clock) or cancellation, as the dispatcher expects.</remarks>
    public async Task<TaskActivityWorkItem> LockNextTaskActivityWorkItem(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            var changed = scheduler.Activities.Changed;
            if (scheduler.Activities.TryTake(out var entry))
            {
                // Tasks found by a scan are read now; one deleted meanwhile (its instance purged) is skipped.
                TaskMessage? message;
                try
                {
                    message = entry.Message ?? database.Read(session => TaskHubStore.ReadActivity(session, entry.Seq));
                }
                catch
                {
                    scheduler.RetryActivity(entry, timeProvider.GetUtcNow() + options.AbandonDelay);
                    throw;
                }

                if (message is null)
                    continue;
                return new SqliteActivityWorkItem
                {
                    Id = entry.Seq.ToString(CultureInfo.InvariantCulture),
                    Entry = entry with { Message = message },
                    TaskMessage = message,
                    LockedUntilUtc = DateTime.MaxValue,
                };
            }

            if (!await WaitAsync(changed, receiveTimeout - Stopwatch.GetElapsedTime(started), cancellationToken).ConfigureAwait(false))
                break;
        }

        return null!;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Deletes the task and queues its response in one transaction. When the task is gone (its instance was purged or
    /// restarted meanwhile) the response is dropped.
    /// </remarks>
    public Task CompleteTaskActivityWorkItemAsync(TaskActivityWorkItem workItem, TaskMessage responseMessage)
    {
        var item = AsSqlite(workItem);
        ArgumentNullException.ThrowIfNull(responseMessage);
        var instanceId = responseMessage.OrchestrationInstance.InstanceId;
        var json = DurableJson.Serialize(responseMessage);
        var now = NowMs();
        return Write(
            session => TaskHubStore.DeleteActivity(session, item.Entry.Seq) ? TaskHubStore.InsertMessage(session, instanceId, now, json) : (long?)null,
            seq =>
            {
                if (seq is { } committed)
                    scheduler.MessageCommitted(committed, instanceId, now);
            });
    }

    /// <inheritdoc/>
    /// <remarks>The task runs again after <see cref="SqliteOrchestrationServiceOptions.AbandonDelay"/>.</remarks>
    public Task AbandonTaskActivityWorkItemAsync(TaskActivityWorkItem workItem)
    {
        var item = AsSqlite(workItem);
        logger.ActivityAbandoned((item.TaskMessage.Event as TaskScheduledEvent)?.Name, item.TaskMessage.OrchestrationInstance.InstanceId, options.AbandonDelay);
        scheduler.RetryActivity(item.Entry, timeProvider.GetUtcNow() + options.AbandonDelay);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    /// <remarks>Nothing to renew: the lock is held in memory for as long as this process owns the task hub.</remarks>
    public Task<TaskActivityWorkItem> RenewTaskActivityWorkItemLockAsync(TaskActivityWorkItem workItem) => Task.FromResult(workItem);

    private static SqliteActivityWorkItem AsSqlite(TaskActivityWorkItem workItem) =>
        workItem as SqliteActivityWorkItem
        ?? throw new ArgumentException("The work item was not issued by this SqliteOrchestrationService.", nameof(workItem));
}
