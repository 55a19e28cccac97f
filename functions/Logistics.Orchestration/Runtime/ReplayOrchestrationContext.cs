using Microsoft.Extensions.Logging;

namespace Logistics.Orchestration.Runtime;

/// <summary>The <see cref="TaskOrchestrationContext"/> handed to orchestrator code; every call goes to its executor.</summary>
internal sealed class ReplayOrchestrationContext(OrchestrationExecutor executor) : TaskOrchestrationContext
{
    public override string InstanceId => executor.InstanceId;

    public override string Name => executor.Name;

    public override DateTime CurrentUtcDateTime => executor.CurrentUtcDateTime;

    public override bool IsReplaying => executor.IsReplaying;

    public override async Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null)
    {
        var json = await WithRetry(() => executor.ScheduleActivity(name, input), options?.Retry);
        return OrchestrationJson.Deserialize<TResult>(json);
    }

    public override async Task<TResult> CallSubOrchestratorAsync<TResult>(string orchestratorName, object? input = null, TaskOptions? options = null)
    {
        var instanceId = (options as SubOrchestrationOptions)?.InstanceId;
        var json = await WithRetry(() => executor.ScheduleSubOrchestration(orchestratorName, instanceId, input), options?.Retry);
        return OrchestrationJson.Deserialize<TResult>(json);
    }

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) => executor.CreateTimer(fireAt, cancellationToken);

    public override async Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default) =>
        OrchestrationJson.Deserialize<T>(await executor.WaitForEvent(eventName, cancellationToken));

    public override async Task<T> WaitForExternalEvent<T>(string eventName, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
            return await WaitForExternalEvent<T>(eventName, cancellationToken);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var eventTask = executor.WaitForEvent(eventName, linked.Token);
        if (eventTask.IsCompleted)
            return OrchestrationJson.Deserialize<T>(await eventTask);
        var timer = executor.CreateTimer(CurrentUtcDateTime + timeout, linked.Token);
        var winner = await Task.WhenAny(eventTask, timer);
        if (winner == eventTask)
        {
            // Abandon the timer (it fires later and is ignored).
            linked.Cancel();
            return OrchestrationJson.Deserialize<T>(await eventTask);
        }

        // Remove the waiter so a later event is buffered for the next wait instead of being swallowed.
        linked.Cancel();
        cancellationToken.ThrowIfCancellationRequested();
        throw new TimeoutException($"External event '{eventName}' was not raised within {timeout} (orchestration '{InstanceId}').");
    }

    public override void SendEvent(string instanceId, string eventName, object? payload) => executor.SendEvent(instanceId, eventName, payload);

    public override void SetCustomStatus(object? customStatus) => executor.SetCustomStatus(customStatus);

    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) =>
        executor.ContinueAsNew(newInput, preserveUnprocessedEvents);

    public override Guid NewGuid() => executor.NewGuid();

    public override T? GetInput<T>()
        where T : default => OrchestrationJson.Deserialize<T>(executor.Input);

    public override ILogger CreateReplaySafeLogger(string categoryName) => executor.CreateLogger(categoryName);

    private async Task<string?> WithRetry(Func<Task<string?>> attempt, RetryPolicy? policy)
    {
        if (policy is null)
            return await attempt();
        var firstAttemptAt = CurrentUtcDateTime;
        for (var number = 1; ; number++)
        {
            try
            {
                return await attempt();
            }
            catch (TaskFailedException failure) when (number < policy.MaxNumberOfAttempts && (policy.HandleFailure?.Invoke(failure.FailureDetails) ?? true))
            {
                var delay = policy.GetDelay(number);
                if (policy.RetryTimeout is { } timeout && CurrentUtcDateTime + delay > firstAttemptAt + timeout)
                    throw;
                await executor.CreateTimer(CurrentUtcDateTime + delay, CancellationToken.None);
            }
        }
    }
}
