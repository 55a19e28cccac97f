using Logistics.Orchestration.Runtime;

namespace Logistics.Orchestration.Client;

/// <summary>Commands sent to running instances.</summary>
public sealed partial class OrchestrationClient
{
    /// <summary>Raises an external event; the instance receives it even if it is not waiting yet (buffered).</summary>
    /// <exception cref="OrchestrationNotFoundException">The instance does not exist.</exception>
    public Task RaiseEventAsync(string instanceId, string eventName, object? eventData = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        return SendAsync(
            instanceId,
            "evt",
            new HistoryEvent { EventType = HistoryEventType.EventRaised, Name = eventName, Input = OrchestrationJson.Serialize(eventData) },
            null,
            cancellationToken);
    }

    /// <summary>Terminates a non-terminal instance (no effect on a terminal one). The output becomes <paramref name="reason"/>.</summary>
    public Task TerminateInstanceAsync(string instanceId, object? reason = null, CancellationToken cancellationToken = default) =>
        SendAsync(instanceId, "ctl", new HistoryEvent { EventType = HistoryEventType.ExecutionTerminated, Reason = reason?.ToString() }, s => !s.IsTerminal(), cancellationToken);

    /// <summary>Suspends an instance: events and timers wait until it is resumed.</summary>
    public Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        SendAsync(instanceId, "ctl", new HistoryEvent { EventType = HistoryEventType.ExecutionSuspended, Reason = reason }, s => !s.IsTerminal(), cancellationToken);

    /// <summary>Resumes a suspended instance; buffered events are then delivered.</summary>
    public Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        SendAsync(instanceId, "ctl", new HistoryEvent { EventType = HistoryEventType.ExecutionResumed, Reason = reason }, s => !s.IsTerminal(), cancellationToken);

    /// <summary>Rewinds a Failed instance: drops the failed results that ended it and runs those tasks again.</summary>
    /// <exception cref="InvalidOperationException">The instance is not Failed.</exception>
    public async Task RewindInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        var instance = await GetInstanceAsync(instanceId, cancellationToken: cancellationToken) ?? throw new OrchestrationNotFoundException(instanceId);
        if (instance.RuntimeStatus != OrchestrationRuntimeStatus.Failed)
            throw new InvalidOperationException($"Only a Failed instance can be rewound; '{instanceId}' is {instance.RuntimeStatus}.");
        await SendAsync(instanceId, "ctl", new HistoryEvent { EventType = HistoryEventType.ExecutionRewound, Reason = reason }, null, cancellationToken);
    }

    private async Task SendAsync(string instanceId, string prefix, HistoryEvent e, Func<OrchestrationRuntimeStatus, bool>? onlyIf, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        await runtime.InitializeAsync(cancellationToken);
        var read = await Container.ReadAsync<InstanceDocument>(InstanceDocument.DocumentId, instanceId, cancellationToken)
            ?? throw new OrchestrationNotFoundException(instanceId);
        if (onlyIf is not null && !onlyIf(read.Value.Status))
            return;
        var now = runtime.TimeProvider.GetUtcNow();
        var sortKey = SortKeys.Next(now);
        var pending = new PendingEventDocument($"{prefix}-{sortKey}-{Guid.NewGuid():N}", instanceId, sortKey, e with { Timestamp = now });
        await Container.CreateBatch(instanceId).Create(pending).Send(OrchestrationRuntime.WakeUp(instanceId)).ExecuteAsync(cancellationToken);
    }
}
