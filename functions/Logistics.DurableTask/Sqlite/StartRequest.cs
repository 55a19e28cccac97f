using DurableTask.Core;
using DurableTask.Core.Exceptions;
using DurableTask.Core.History;
using Logistics.DurableTask.Client;
using Logistics.DurableTask.Serialization;
using Logistics.Storage.Sqlite;

namespace Logistics.DurableTask.Sqlite;

/// <summary>A start (ExecutionStarted) message prepared outside the write lock: it creates or restarts its instance.</summary>
internal sealed class StartRequest
{
    private readonly ExecutionStartedEvent started;

    public StartRequest(TaskMessage message, long nowMs)
    {
        started = (ExecutionStartedEvent)message.Event;
        InstanceId = message.OrchestrationInstance?.InstanceId ?? started.OrchestrationInstance?.InstanceId
            ?? throw new ArgumentException("A start message needs an instance id.", nameof(message));
        ExecutionId = started.OrchestrationInstance?.ExecutionId ?? message.OrchestrationInstance?.ExecutionId
            ?? throw new ArgumentException("A start message needs an execution id.", nameof(message));
        // The instance is created now, on the injected clock: the start event's time is its creation time.
        started.Timestamp = UnixTime.ToDateTime(nowMs);
        VisibleAtMs = started.ScheduledStartTime is { } at ? Math.Max(nowMs, UnixTime.ToMilliseconds(at)) : nowMs;
        MessageJson = DurableJson.Serialize(message);
        ParentJson = started.ParentInstance is null ? null : DurableJson.Serialize(started.ParentInstance);
        TagsJson = started.Tags is { Count: > 0 } ? DurableJson.Serialize(started.Tags) : null;
    }

    public string InstanceId { get; }

    public string ExecutionId { get; }

    public long VisibleAtMs { get; }

    public string MessageJson { get; }

    public string? ParentJson { get; }

    public string? TagsJson { get; }

    /// <summary>
    /// Creates the instance (Pending) and queues the start message, replacing a finished instance of the same id with its
    /// history and pending messages. Returns the message's sequence number, or null when a running instance was kept.
    /// </summary>
    /// <param name="session">The writer, inside a transaction.</param>
    /// <param name="nowMs">The creation time.</param>
    /// <param name="dedupeStatuses">Statuses of a finished instance that refuse the start as well.</param>
    /// <param name="refuseRunning">True: a running instance refuses the start (client); false: it is kept and the start dropped.</param>
    /// <param name="keptStatus">The status of the running instance that was kept, when the start was dropped.</param>
    /// <exception cref="OrchestrationAlreadyExistsException">The start was refused.</exception>
    public long? Apply(SqliteSession session, long nowMs, OrchestrationStatus[]? dedupeStatuses, bool refuseRunning, out OrchestrationStatus? keptStatus)
    {
        keptStatus = null;
        if (TaskHubStore.ReadExecution(session, InstanceId) is { Status: var status })
        {
            if (!status.IsTerminal())
            {
                if (refuseRunning)
                    throw new OrchestrationAlreadyExistsException($"An orchestration with instance ID '{InstanceId}' already exists and is {status}.");
                keptStatus = status;
                return null;
            }

            if (dedupeStatuses is not null && Array.IndexOf(dedupeStatuses, status) >= 0)
                throw new OrchestrationAlreadyExistsException($"An orchestration with instance ID '{InstanceId}' already exists and is {status}.");
            TaskHubStore.DeleteHistory(session, InstanceId);
            TaskHubStore.DeletePendingWork(session, InstanceId);
        }

        session.Command("""
            INSERT OR REPLACE INTO dt_instances(instance_id, execution_id, name, version, status, created_at, updated_at,
                completed_at, scheduled_start_at, input, output, custom_status, failure, parent, tags)
            VALUES($id, $execution, $name, $version, $status, $now, $now, NULL, $start, $input, NULL, NULL, NULL, $parent, $tags)
            """)
            .With("$id", InstanceId)
            .With("$execution", ExecutionId)
            .With("$name", started.Name ?? string.Empty)
            .With("$version", started.Version)
            .With("$status", (int)OrchestrationStatus.Pending)
            .With("$now", nowMs)
            .With("$start", started.ScheduledStartTime is { } at ? UnixTime.ToMilliseconds(at) : null)
            .With("$input", started.Input)
            .With("$parent", ParentJson)
            .With("$tags", TagsJson)
            .ExecuteNonQuery();
        return TaskHubStore.InsertMessage(session, InstanceId, VisibleAtMs, MessageJson);
    }
}
