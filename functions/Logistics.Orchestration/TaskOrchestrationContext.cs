using Microsoft.Extensions.Logging;

namespace Logistics.Orchestration;

/// <summary>What orchestrator code may use: Durable Task's <c>TaskOrchestrationContext</c>.</summary>
/// <remarks>
/// Orchestrator code is replayed from history, so it must be deterministic: use only this context's clock
/// (<see cref="CurrentUtcDateTime"/>), GUIDs (<see cref="NewGuid"/>) and logger (<see cref="CreateReplaySafeLogger"/>);
/// do all I/O in activities; await only tasks this context returns (no <c>Task.Run</c>, <c>Task.Delay</c>,
/// <c>ConfigureAwait(false)</c> or real I/O). Every call that schedules work gets the next task id, in call order.
/// </remarks>
public abstract class TaskOrchestrationContext
{
    /// <summary>The instance id.</summary>
    public abstract string InstanceId { get; }

    /// <summary>The orchestrator name.</summary>
    public abstract string Name { get; }

    /// <summary>The time of the current episode (its OrchestratorStarted event), identical on replay. UTC.</summary>
    public abstract DateTime CurrentUtcDateTime { get; }

    /// <summary>True while the code is re-running history that was already committed.</summary>
    public abstract bool IsReplaying { get; }

    /// <summary>Schedules an activity and returns its result.</summary>
    /// <exception cref="TaskFailedException">The activity failed (after the retries of <paramref name="options"/>).</exception>
    public abstract Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null);

    /// <summary>Schedules an activity whose result is not needed.</summary>
    public Task CallActivityAsync(string name, object? input = null, TaskOptions? options = null) =>
        CallActivityAsync<object?>(name, input, options);

    /// <summary>Starts a sub-orchestration and returns its output.</summary>
    /// <exception cref="TaskFailedException">The sub-orchestration failed or was terminated.</exception>
    public abstract Task<TResult> CallSubOrchestratorAsync<TResult>(string orchestratorName, object? input = null, TaskOptions? options = null);

    /// <summary>Starts a sub-orchestration whose output is not needed.</summary>
    public Task CallSubOrchestratorAsync(string orchestratorName, object? input = null, TaskOptions? options = null) =>
        CallSubOrchestratorAsync<object?>(orchestratorName, input, options);

    /// <summary>A durable timer firing at <paramref name="fireAt"/> (UTC). Cancelling only abandons the wait.</summary>
    public abstract Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    /// <summary>A durable timer firing after <paramref name="delay"/> from <see cref="CurrentUtcDateTime"/>.</summary>
    public Task CreateTimer(TimeSpan delay, CancellationToken cancellationToken) => CreateTimer(CurrentUtcDateTime + delay, cancellationToken);

    /// <summary>
    /// Waits for the next external event named <paramref name="eventName"/> (case-insensitive). Events raised before the wait
    /// are buffered; each event completes exactly one waiter, first come first served.
    /// </summary>
    public abstract Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="WaitForExternalEvent{T}(string, CancellationToken)"/>, failing with <see cref="TimeoutException"/> after <paramref name="timeout"/> (a durable timer).</summary>
    public abstract Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>Sends an event to another instance (recorded as EventSent).</summary>
    public abstract void SendEvent(string instanceId, string eventName, object? payload);

    /// <summary>Sets the custom status shown to clients (serialized to JSON, at most 16 KB).</summary>
    /// <exception cref="ArgumentException">The serialized status is larger than the limit.</exception>
    public abstract void SetCustomStatus(object? customStatus);

    /// <summary>
    /// Ends this execution when the orchestrator returns and starts a new one with <paramref name="newInput"/> and an empty
    /// history. With <paramref name="preserveUnprocessedEvents"/>, external events received but not yet awaited are
    /// delivered to the new execution.
    /// </summary>
    public abstract void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

    /// <summary>A deterministic name-based (UUID v5) GUID from the instance id, the current time and a counter, as Durable does.</summary>
    public abstract Guid NewGuid();

    /// <summary>Deserializes the orchestration input.</summary>
    public abstract T? GetInput<T>();

    /// <summary>A logger that writes nothing while replaying.</summary>
    public abstract ILogger CreateReplaySafeLogger(string categoryName);

    /// <summary>A replay-safe logger named after <typeparamref name="T"/>.</summary>
    public ILogger CreateReplaySafeLogger<T>() => CreateReplaySafeLogger(typeof(T).FullName ?? typeof(T).Name);
}
