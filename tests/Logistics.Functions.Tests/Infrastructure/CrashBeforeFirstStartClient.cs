using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace Logistics.Functions.Tests.Infrastructure;

/// <summary>
/// Fails the first orchestration start, as a process that dies between a document's commit and its orchestration's start
/// would; later starts go through.
/// </summary>
public sealed class CrashBeforeFirstStartClient(DurableTaskClient inner) : ForwardingDurableTaskClient(inner)
{
    private int _armed = 1;

    /// <inheritdoc />
    public override Task<string> ScheduleNewOrchestrationInstanceAsync(TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default) =>
        Interlocked.Exchange(ref _armed, 0) == 1
            ? throw new InvalidOperationException("Simulated crash between the document's commit and its orchestration's start.")
            : base.ScheduleNewOrchestrationInstanceAsync(orchestratorName, input, options, cancellation);
}
