using System.Diagnostics;
using DurableTask.Core;
using DurableTask.Core.History;
using Logistics.DurableTask.Client;
using Logistics.Storage.Sqlite;

namespace Logistics.DurableTask.Sqlite;

public sealed partial class SqliteOrchestrationService
{
    // Task.WaitAsync takes at most about 49 days; a fetch that waited that long just returns empty and is asked again.
    private static readonly TimeSpan MaxReceiveWait = TimeSpan.FromDays(1);

    /// <inheritdoc/>
    /// <remarks>
    /// Waits (wall clock, up to <paramref name="receiveTimeout"/>) until an instance has deliverable messages and is not in
    /// another work item; returns null on timeout or cancellation, as the dispatcher expects.
    /// </remarks>
    public async Task<TaskOrchestrationWorkItem> LockNextTaskOrchestrationWorkItemAsync(TimeSpan receiveTimeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            var changed = scheduler.Instances.Changed;
            if (scheduler.Instances.TryLockNext(out var instanceId))
            {
                SqliteOrchestrationWorkItem? workItem;
                try
                {
                    workItem = await TryReadWorkItemAsync(instanceId).ConfigureAwait(false);
                }
                catch
                {
                    // Not lost: the instance is tried again later, as if its work item had been abandoned.
                    scheduler.Instances.Unlock(instanceId);
                    scheduler.RetryInstance(instanceId, timeProvider.GetUtcNow() + options.AbandonDelay);
                    throw;
                }

                if (workItem is not null)
                    return workItem;
                scheduler.Instances.Unlock(instanceId);
                continue;
            }

            if (!await WaitAsync(changed, receiveTimeout - Stopwatch.GetElapsedTime(started), cancellationToken).ConfigureAwait(false))
                break;
        }

        return null!;
    }

    /// <inheritdoc/>
    public async Task CompleteTaskOrchestrationWorkItemAsync(
        TaskOrchestrationWorkItem workItem,
        OrchestrationRuntimeState newOrchestrationRuntimeState,
        IList<TaskMessage> outboundMessages,
        IList<TaskMessage> orchestratorMessages,
        IList<TaskMessage> timerMessages,
        TaskMessage continuedAsNewMessage,
        OrchestrationState orchestrationState)
    {
        var item = AsSqlite(workItem);
        ArgumentNullException.ThrowIfNull(newOrchestrationRuntimeState);
        IEnumerable<TaskMessage> outgoing = [.. orchestratorMessages ?? [], .. timerMessages ?? []];
        if (continuedAsNewMessage is not null)
            outgoing = outgoing.Append(continuedAsNewMessage);
        var episode = new EpisodeWrite(item, newOrchestrationRuntimeState, outboundMessages ?? [], outgoing, orchestrationState, NowMs());
        await Write(
            session => episode.Apply(session, logger),
            result =>
            {
                foreach (var (seq, message) in result.Activities)
                    scheduler.ActivityCommitted(seq, message);
                foreach (var (seq, instanceId, visibleAt) in result.Messages)
                    scheduler.MessageCommitted(seq, instanceId, visibleAt);
                if (!episode.ChangesInstance)
                    return;
                if (episode.Finished)
                    historyCache.Remove(episode.InstanceId);
                else
                    historyCache.Set(episode.InstanceId, episode.ExecutionId!, episode.HistoryChunks, episode.History);
                instanceSignals.Pulse(episode.InstanceId);
            }).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>The messages stay stored and are delivered again after <see cref="SqliteOrchestrationServiceOptions.AbandonDelay"/>.</remarks>
    public Task AbandonTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        var item = AsSqlite(workItem);
        logger.OrchestrationAbandoned(item.InstanceId, options.AbandonDelay);
        scheduler.RetryInstance(item.InstanceId, timeProvider.GetUtcNow() + options.AbandonDelay);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task ReleaseTaskOrchestrationWorkItemAsync(TaskOrchestrationWorkItem workItem)
    {
        scheduler.Instances.Unlock(AsSqlite(workItem).InstanceId);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    /// <remarks>Nothing to renew: the lock is held in memory for as long as this process owns the task hub.</remarks>
    public Task RenewTaskOrchestrationWorkItemLockAsync(TaskOrchestrationWorkItem workItem) => Task.CompletedTask;

    private static SqliteOrchestrationWorkItem AsSqlite(TaskOrchestrationWorkItem workItem) =>
        workItem as SqliteOrchestrationWorkItem
        ?? throw new ArgumentException("The work item was not issued by this SqliteOrchestrationService.", nameof(workItem));

    /// <summary>Waits for <paramref name="signal"/>; false when the time is up or the wait was cancelled.</summary>
    private static async Task<bool> WaitAsync(Task signal, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (timeout <= TimeSpan.Zero)
            return false;
        try
        {
            await signal.WaitAsync(timeout < MaxReceiveWait ? timeout : MaxReceiveWait, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// Reads the locked instance's deliverable messages and history. Messages the instance can never use are discarded;
    /// null when nothing is left to deliver now.
    /// </summary>
    private async Task<SqliteOrchestrationWorkItem?> TryReadWorkItemAsync(string instanceId)
    {
        var now = NowMs();
        var read = ReadSnapshot(session => ReadWorkItem(session, instanceId, now));
        if (read.Discard.Count > 0)
        {
            var discard = read.Discard;
            await Write(session =>
            {
                foreach (var (seq, _) in discard)
                    TaskHubStore.DeleteMessage(session, seq);
                return true;
            }).ConfigureAwait(false);
            logger.MessagesDiscarded(instanceId, discard.Count, string.Join(",", discard.Select(m => m.Message.Event.EventType)), read.DiscardReason!);
        }

        if (read.Deliver.Count == 0)
            return null;
        return new SqliteOrchestrationWorkItem
        {
            InstanceId = instanceId,
            NewMessages = [.. read.Deliver.Select(m => m.Message)],
            OrchestrationRuntimeState = new OrchestrationRuntimeState(read.History),
            LockedUntilUtc = DateTime.MaxValue,
            MessageSeqs = [.. read.Deliver.Select(m => m.Seq)],
            StoredExecutionId = read.ExecutionId!,
            HistoryChunks = read.Chunks,
        };
    }

    private WorkItemRead ReadWorkItem(SqliteSession session, string instanceId, long now)
    {
        var messages = TaskHubStore.ReadVisibleMessages(session, instanceId, now);
        if (messages.Count == 0)
            return WorkItemRead.Nothing;
        if (TaskHubStore.ReadExecution(session, instanceId) is not { } execution)
            return WorkItemRead.Discarding(messages, "no such instance");
        var (executionId, status) = execution;
        if (status.IsTerminal())
        {
            // DurableTask.Core rewinds a Failed instance when the rewind request arrives alone; anything else for a
            // finished instance has nothing left to wake.
            var rewind = status == OrchestrationStatus.Failed ? messages.FindLastIndex(m => m.Message.Event is ExecutionRewoundEvent) : -1;
            if (rewind < 0)
                return WorkItemRead.Discarding(messages, $"the instance is {status}");
            var request = messages[rewind];
            messages.RemoveAt(rewind);
            var (history, chunks) = ReadHistory(session, instanceId, executionId);
            return new WorkItemRead([request], messages, $"only the rewind request is delivered to a {status} instance", executionId, history, chunks);
        }

        var (events, count) = ReadHistory(session, instanceId, executionId);
        if (count == 0 && !messages.Exists(m => m.Message.Event is ExecutionStartedEvent))
        {
            // A scheduled start not yet due: what arrived early waits for it, except a termination, which ends the
            // instance now (it is delivered with the start, so the orchestrator never runs).
            if (!messages.Exists(m => m.Message.Event is ExecutionTerminatedEvent))
                return WorkItemRead.Nothing;
            messages.InsertRange(0, TaskHubStore.ReadPendingStart(session, instanceId));
        }

        return new WorkItemRead(messages, [], null, executionId, events, count);
    }

    private (List<HistoryEvent> Events, int Chunks) ReadHistory(SqliteSession session, string instanceId, string executionId)
    {
        var chunks = TaskHubStore.CountHistoryChunks(session, instanceId);
        return historyCache.TryGet(instanceId, executionId, chunks, out var cached) ? (cached, chunks) : TaskHubStore.ReadHistory(session, instanceId);
    }

    /// <summary>Runs <paramref name="read"/> in one read transaction, so its statements see one snapshot of the file.</summary>
    private T ReadSnapshot<T>(Func<SqliteSession, T> read) => database.Read(session =>
    {
        using var transaction = session.Connection.BeginTransaction(deferred: true);
        session.Transaction = transaction;
        try
        {
            return read(session);
        }
        finally
        {
            session.Transaction = null;
        }
    });

    private sealed record WorkItemRead(
        List<(long Seq, TaskMessage Message)> Deliver,
        List<(long Seq, TaskMessage Message)> Discard,
        string? DiscardReason,
        string? ExecutionId,
        List<HistoryEvent> History,
        int Chunks)
    {
        public static WorkItemRead Nothing { get; } = new([], [], null, null, [], 0);

        public static WorkItemRead Discarding(List<(long, TaskMessage)> messages, string reason) => new([], messages, reason, null, [], 0);
    }
}
