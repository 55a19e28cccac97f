using System.Diagnostics.CodeAnalysis;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Worker;

namespace Logistics.DurableTask.Hosting;

/// <summary>Creates the orchestrators and activities registered in a <see cref="DurableTaskRegistry"/>, by name.</summary>
/// <remarks>
/// The SDK's own <c>BuildFactory()</c> is internal in Microsoft.DurableTask.Worker 1.28, so the factory is built from the
/// registry's public enumerations. Those carry names only: a task registered in several versions is refused here rather
/// than run in an arbitrary one. Durable entities are not supported by the local worker.
/// </remarks>
internal sealed class RegistryTaskFactory : IDurableTaskFactory
{
    private readonly Dictionary<TaskName, Func<IServiceProvider, ITaskOrchestrator>> orchestrators = [];
    private readonly Dictionary<TaskName, Func<IServiceProvider, ITaskActivity>> activities = [];

    public RegistryTaskFactory(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var (name, create) in registry.GetOrchestrators())
        {
            if (!orchestrators.TryAdd(name, create))
                throw new NotSupportedException($"The orchestrator '{name}' is registered more than once; the local worker runs one version of each task.");
        }

        foreach (var (name, create) in registry.GetActivities())
        {
            if (!activities.TryAdd(name, create))
                throw new NotSupportedException($"The activity '{name}' is registered more than once; the local worker runs one version of each task.");
        }

        if (registry.GetEntities().Any())
            throw new NotSupportedException("Durable entities are not supported by the local Durable Task worker.");
    }

    public bool TryCreateOrchestrator(TaskName name, IServiceProvider serviceProvider, [NotNullWhen(true)] out ITaskOrchestrator? orchestrator)
    {
        orchestrator = orchestrators.TryGetValue(name, out var create) ? create(serviceProvider) : null;
        return orchestrator is not null;
    }

    public bool TryCreateActivity(TaskName name, IServiceProvider serviceProvider, [NotNullWhen(true)] out ITaskActivity? activity)
    {
        activity = activities.TryGetValue(name, out var create) ? create(serviceProvider) : null;
        return activity is not null;
    }
}
