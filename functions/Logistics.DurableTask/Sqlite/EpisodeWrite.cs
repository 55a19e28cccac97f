using DurableTask.Core;
using DurableTask.Core.History;
using Logistics.DurableTask.Client;
using Logistics.DurableTask.Serialization;
using Logistics.Storage.Sqlite;
using Microsoft.Extensions.Logging;

namespace Logistics.DurableTask.Sqlite;

/// <summary>Everything one orchestration episode produced, serialized outside the write lock and written in one go.</summary>
internal sealed class EpisodeWrite
{
    private readonly SqliteOrchestrationWorkItem workItem;
    private readonly OrchestrationState? state;
    private readonly OrchestrationRuntimeState runtimeState;
    private readonly bool newExecution;
    private readonly string? historyJson;
    private readonly string? failureJson;
    private readonly List<(TaskMessage Message, string InstanceId, string Json)> activities;
    private readonly List<PreparedMessage> messages;
    private readonly long nowMs;

    public EpisodeWrite(
        SqliteOrchestrationWorkItem workItem,
        OrchestrationRuntimeState runtimeState,
        IEnumerable<TaskMessage> activityMessages,
        IEnumerable<TaskMessage> outgoingMessages,
        OrchestrationState? state,
        long nowMs)
    {
        this.workItem = workItem;
        this.runtimeState = runtimeState;
        this.state = state;
        this.nowMs = nowMs;
        InstanceId = workItem.InstanceId;
        if (state is not null)
        {
            // A ContinueAsNew or a rewind starts a new execution: its history replaces the old one instead of extending it.
            newExecution = runtimeState.OrchestrationInstance?.ExecutionId is { } executionId && executionId != workItem.StoredExecutionId;
            var events = newExecution ? runtimeState.Events : runtimeState.NewEvents;
            historyJson = events.Count > 0 ? DurableJson.Serialize(events) : null;
            failureJson = state.FailureDetails is null ? null : DurableJson.Serialize(state.FailureDetails);
            ExecutionId = runtimeState.OrchestrationInstance?.ExecutionId ?? workItem.StoredExecutionId;
            HistoryChunks = newExecution ? 1 : workItem.HistoryChunks + (historyJson is null ? 0 : 1);
            Finished = state.OrchestrationStatus.IsTerminal();
            History = Finished ? [] : [.. runtimeState.Events];
        }

        activities = [.. activityMessages.Select(message => (message, message.OrchestrationInstance.InstanceId, DurableJson.Serialize(message)))];
        messages = [.. outgoingMessages.Select(message => new PreparedMessage(message, nowMs))];
    }

    public string InstanceId { get; }

    /// <summary>True when the episode changed the instance (false when the dispatcher dropped the work item).</summary>
    public bool ChangesInstance => state is not null;

    /// <summary>The instance's execution once the episode has committed (when it changes the instance).</summary>
    public string? ExecutionId { get; }

    /// <summary>History chunk rows stored for that execution once the episode has committed.</summary>
    public int HistoryChunks { get; }

    /// <summary>The whole history of that execution once the episode has committed (empty when it finished the instance).</summary>
    public IReadOnlyList<HistoryEvent> History { get; } = [];

    /// <summary>True when the episode finished the instance.</summary>
    public bool Finished { get; }

    /// <exception cref="InvalidOperationException">The instance was purged or restarted while the episode ran.</exception>
    public EpisodeResult Apply(SqliteSession session, ILogger logger)
    {
        var result = new EpisodeResult();
        if (state is not null && TaskHubStore.ReadExecution(session, InstanceId)?.ExecutionId != workItem.StoredExecutionId)
            throw new InvalidOperationException($"Instance '{InstanceId}' was purged or restarted while its episode ran; the episode is abandoned.");
        foreach (var seq in workItem.MessageSeqs)
            TaskHubStore.DeleteMessage(session, seq);
        if (state is not null)
            WriteInstance(session);
        foreach (var (message, instanceId, json) in activities)
            result.Activities.Add((TaskHubStore.InsertActivity(session, instanceId, json), message));
        foreach (var message in messages)
        {
            if (message.Start is { } start)
            {
                if (start.Apply(session, nowMs, dedupeStatuses: null, refuseRunning: false, out var kept) is { } startSeq)
                    result.Messages.Add((startSeq, message.InstanceId, message.VisibleAtMs));
                else
                    logger.SubOrchestrationNotStarted(start.InstanceId, kept!.Value);
                continue;
            }

            result.Messages.Add((TaskHubStore.InsertMessage(session, message.InstanceId, message.VisibleAtMs, message.Json), message.InstanceId, message.VisibleAtMs));
        }

        return result;
    }

    private void WriteInstance(SqliteSession session)
    {
        if (newExecution)
        {
            TaskHubStore.DeleteHistory(session, InstanceId);
            session.Command("""
                UPDATE dt_instances SET execution_id = $execution, name = $name, version = $version, input = $input, tags = $tags, parent = $parent
                WHERE instance_id = $id
                """)
                .With("$id", InstanceId)
                .With("$execution", runtimeState.OrchestrationInstance!.ExecutionId)
                .With("$name", state!.Name ?? string.Empty)
                .With("$version", state.Version)
                .With("$input", state.Input)
                .With("$tags", state.Tags is { Count: > 0 } tags ? DurableJson.Serialize(tags) : null)
                .With("$parent", state.ParentInstance is { } parent ? DurableJson.Serialize(parent) : null)
                .ExecuteNonQuery();
        }

        if (historyJson is not null)
            TaskHubStore.AppendHistory(session, InstanceId, newExecution ? 0 : workItem.HistoryChunks, historyJson);
        var status = state!.OrchestrationStatus;
        session.Command("""
            UPDATE dt_instances SET status = $status, updated_at = $now, completed_at = $completed, output = $output,
                custom_status = $custom, failure = $failure
            WHERE instance_id = $id
            """)
            .With("$id", InstanceId)
            .With("$status", (int)status)
            .With("$now", nowMs)
            .With("$completed", status.IsTerminal() ? nowMs : null)
            .With("$output", state.Output)
            .With("$custom", state.Status)
            .With("$failure", failureJson)
            .ExecuteNonQuery();
    }
}
