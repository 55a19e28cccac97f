using Microsoft.DurableTask;

namespace Logistics.DurableTask.Hosting;

/// <summary>Stands in for a task name nothing is registered under: running it fails with a clear message.</summary>
/// <remarks>
/// DurableTask.Core would otherwise abandon the work item and pause the whole dispatcher for each retry; Microsoft's own
/// worker fails the orchestration or activity instead, and so does this one.
/// </remarks>
internal sealed class MissingTask(string kind, string name) : ITaskOrchestrator, ITaskActivity
{
    public Type InputType => typeof(object);

    public Type OutputType => typeof(object);

    public Task<object?> RunAsync(TaskOrchestrationContext context, object? input) => throw NotRegistered();

    public Task<object?> RunAsync(TaskActivityContext context, object? input) => throw NotRegistered();

    private InvalidOperationException NotRegistered() =>
        new($"No {kind} named '{name}' is registered with the local Durable Task worker.");
}
