using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Logistics.Application.Tests.Support;

/// <summary>
/// A hand-written fake around a real client: every call goes through unless a hook intercepts it. Used to lose an
/// event raise or to fail a start, as a crash between two steps would.
/// </summary>
public sealed class DelegatingDurableTaskClient(DurableTaskClient inner) : DurableTaskClient(inner.Name)
{
    /// <summary>When set, event raises are dropped (the state change was committed, the wake-up is lost).</summary>
    public bool DropRaises { get; init; }

    /// <summary>When set, starting an orchestration throws (the process died between the notice commit and the start).</summary>
    public bool FailSchedules { get; init; }

    public override Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default) =>
        FailSchedules
            ? throw new InvalidOperationException("Simulated crash before the orchestration was started.")
            : inner.ScheduleNewOrchestrationInstanceAsync(orchestratorName, input, options, cancellation);

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default) =>
        DropRaises ? Task.CompletedTask : inner.RaiseEventAsync(instanceId, eventName, eventPayload, cancellation);

    public override Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        inner.GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation);

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) => inner.GetAllInstancesAsync(filter);

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        inner.SuspendInstanceAsync(instanceId, reason, cancellation);

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        inner.ResumeInstanceAsync(instanceId, reason, cancellation);

    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default) =>
        inner.TerminateInstanceAsync(instanceId, options, cancellation);

    public override Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        inner.WaitForInstanceStartAsync(instanceId, getInputsAndOutputs, cancellation);

    public override Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        inner.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs, cancellation);

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
