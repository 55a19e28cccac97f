using DurableTask.Core;
using DurableTask.Core.Exceptions;
using DurableTask.Core.History;
using Logistics.DurableTask.Client;

namespace Logistics.DurableTask.Sqlite;

public sealed partial class SqliteOrchestrationService
{
    /// <inheritdoc/>
    /// <exception cref="OrchestrationAlreadyExistsException">An instance with that id exists and has not finished.</exception>
    public Task CreateTaskOrchestrationAsync(TaskMessage creationMessage) => CreateTaskOrchestrationAsync(creationMessage, dedupeStatuses: null);

    /// <inheritdoc/>
    /// <remarks>
    /// An instance that has not finished (Pending, Running, Suspended) is never replaced; a finished one is replaced by a
    /// new execution unless its status is in <paramref name="dedupeStatuses"/>.
    /// </remarks>
    /// <exception cref="OrchestrationAlreadyExistsException">The id is taken by an unfinished instance or one in <paramref name="dedupeStatuses"/>.</exception>
    public async Task CreateTaskOrchestrationAsync(TaskMessage creationMessage, OrchestrationStatus[]? dedupeStatuses)
    {
        ArgumentNullException.ThrowIfNull(creationMessage);
        if (creationMessage.Event is not ExecutionStartedEvent)
            throw new ArgumentException("A creation message carries an ExecutionStartedEvent.", nameof(creationMessage));
        await EnsureSchemaAsync().ConfigureAwait(false);
        var now = NowMs();
        var start = new StartRequest(creationMessage, now);
        await Write(
            session => start.Apply(session, now, dedupeStatuses, refuseRunning: true, out _)!.Value,
            seq =>
            {
                scheduler.MessageCommitted(seq, start.InstanceId, start.VisibleAtMs);
                instanceSignals.Pulse(start.InstanceId);
            }).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public Task SendTaskOrchestrationMessageAsync(TaskMessage message) => SendTaskOrchestrationMessageBatchAsync(message);

    /// <inheritdoc/>
    /// <remarks>The messages commit together. A message for a missing or finished instance is discarded when the worker reads it.</remarks>
    public async Task SendTaskOrchestrationMessageBatchAsync(params TaskMessage[] messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        await EnsureSchemaAsync().ConfigureAwait(false);
        var now = NowMs();
        var prepared = messages.Select(message => new PreparedMessage(message, now)).ToList();
        await Write(
            session =>
            {
                var inserted = new List<(long Seq, PreparedMessage Message)>();
                foreach (var message in prepared)
                {
                    var seq = message.Start is { } start
                        ? start.Apply(session, now, dedupeStatuses: null, refuseRunning: false, out _)
                        : TaskHubStore.InsertMessage(session, message.InstanceId, message.VisibleAtMs, message.Json);
                    if (seq is { } committed)
                        inserted.Add((committed, message));
                }

                return inserted;
            },
            inserted =>
            {
                foreach (var (seq, message) in inserted)
                    scheduler.MessageCommitted(seq, message.InstanceId, message.VisibleAtMs);
            }).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    /// <remarks>Queues a termination request; the instance ends Terminated at its next episode, with <paramref name="reason"/> as output.</remarks>
    public Task ForceTerminateTaskOrchestrationAsync(string instanceId, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return SendTaskOrchestrationMessageAsync(new TaskMessage
        {
            OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId },
            Event = new ExecutionTerminatedEvent(-1, reason),
        });
    }

    /// <inheritdoc/>
    /// <remarks>Only the current execution is kept, so the list has at most one state.</remarks>
    public async Task<IList<OrchestrationState>> GetOrchestrationStateAsync(string instanceId, bool allExecutions)
    {
        var state = await GetOrchestrationStateAsync(instanceId, executionId: null).ConfigureAwait(false);
        return state is null ? [] : [state];
    }

    /// <inheritdoc/>
    /// <returns>The state, or null when the instance does not exist or its current execution is not <paramref name="executionId"/>.</returns>
    public async Task<OrchestrationState> GetOrchestrationStateAsync(string instanceId, string? executionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await EnsureSchemaAsync().ConfigureAwait(false);
        var row = database.Read(session => TaskHubStore.ReadInstance(session, instanceId));
        return row is not null && (executionId is null || row.ExecutionId == executionId) ? row.ToState() : null!;
    }

    /// <inheritdoc/>
    /// <returns>
    /// A JSON array of the current execution's DurableTask.Core history events (each with its <c>EventType</c>), or
    /// <c>[]</c> when the instance does not exist or its current execution is not <paramref name="executionId"/>.
    /// </returns>
    public async Task<string> GetOrchestrationHistoryAsync(string instanceId, string? executionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await EnsureSchemaAsync().ConfigureAwait(false);
        return ReadSnapshot(session =>
            TaskHubStore.ReadExecution(session, instanceId) is { } execution && (executionId is null || execution.ExecutionId == executionId)
                ? TaskHubStore.ReadHistoryJson(session, instanceId)
                : "[]");
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Wakes at once when this process commits a change of the instance, and re-reads it every
    /// <see cref="SqliteOrchestrationServiceOptions.PollInterval"/> for changes made by other processes.
    /// <paramref name="timeout"/> is wall-clock; zero, negative or <see cref="TimeSpan.MaxValue"/> waits without limit.
    /// </remarks>
    /// <returns>The finished state, or null when <paramref name="timeout"/> passed first.</returns>
    public async Task<OrchestrationState> WaitForOrchestrationAsync(string instanceId, string? executionId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var limited = timeout > TimeSpan.Zero && timeout.TotalMilliseconds < int.MaxValue;
        using var timeoutSource = limited ? new CancellationTokenSource(timeout) : null;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource?.Token ?? CancellationToken.None);
        while (true)
        {
            var changed = instanceSignals.Next(instanceId);
            var state = await GetOrchestrationStateAsync(instanceId, executionId).ConfigureAwait(false);
            if (state is not null && state.OrchestrationStatus.IsTerminal())
                return state;
            try
            {
                await changed.WaitAsync(options.PollInterval, linked.Token).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Poll: the change may come from another process.
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return null!;
            }
        }
    }
}
